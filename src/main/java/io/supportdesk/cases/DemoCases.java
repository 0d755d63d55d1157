package io.supportdesk.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamManagement;

/**
 * The {@code demo} profile's cases ({@code demo-cases.json} beside this class), so that a newcomer meets
 * a service desk at work rather than an empty queue. Four months of history for the three demo
 * organisations, in English, German, French and Spanish, by portal, e-mail, phone, API and chat:
 * severities proposed and reclassified with reasons, public replies, internal notes and customer
 * replies, first responses in time and late, a reopened case, resolved and closed ones, one waiting on
 * the customer. And, at the first start, a live queue:
 * <ul>
 * <li>"Proctoring dashboard down: HTTP 502 for all admins" — Acme (Premier), Severity 1 by phone 40
 * minutes ago, unanswered: its 15-minute first response is breached, so the SLA timers announce it and
 * it escalates to the team lead (Maria Schmidt) and the TAM (Tomás Keller);</li>
 * <li>"Candidates cannot start the exam: session token rejected" — Acme, Severity 1 for seven hours with
 * the TAM's public updates every ~2 h; the next one is due in 55 minutes;</li>
 * <li>three Northwind (Proctored) cases inside today's exam window ({@code exams.DemoExamWindows}),
 * where targets run 24x7: at ~50 %, ~80 % and ~95 % of their 4 h first response (green, amber, red);
 * and "Candidates cannot start the exam: 'session not ready'", answered in 9 minutes on a Saturday
 * three weeks ago, inside that day's exam window;</li>
 * <li>cases opened just now by customers in the portal, some assigned, some waiting in the queue.</li>
 * </ul>
 * Everything goes through the module's own API ({@link CaseImport} with the original instants, or
 * {@link CaseManagement} live), so the stored SLA, the timers and the notifications are real. Loaded
 * once, all or nothing: nothing happens when the demo organisations already have cases.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCases implements ApplicationRunner {

	/** Who assigns the demo's cases: the lead of team "First line". */
	static final String ASSIGNER = "maria.schmidt@supportdesk.local";

	private final CaseImport imports;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final TeamManagement teams;

	private final TransactionOperations transactions;

	private final Clock clock;

	DemoCases(CaseImport imports, CaseManagement cases, AccountManagement accounts, TeamManagement teams,
			TransactionOperations transactions, Clock clock) {
		this.imports = imports;
		this.cases = cases;
		this.accounts = accounts;
		this.teams = teams;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<DemoCase> demo = DemoCase.all();
		DemoPeople people = DemoPeople.of(accounts, teams);
		Set<String> organisations = demo.stream().map(DemoCase::organisation).collect(Collectors.toSet());
		if (!people.organisations().keySet().containsAll(organisations)
				|| organisations.stream().map(people::organisation).anyMatch(this::hasCases)) {
			return;
		}
		transactions.executeWithoutResult(status -> demo.forEach(spec -> load(spec, people)));
	}

	private void load(DemoCase spec, DemoPeople people) {
		CaseId id = spec.opened().live() ? cases.open(people.as(spec.requester()), spec.submission()).id()
				: imports.importCase(CurrentUser.system(), spec.history(people, spec.opened().at(clock)));
		if (spec.assignee() != null || spec.team() != null) {
			cases.assign(people.as(ASSIGNER), id, people.id(spec.assignee()), people.team(spec.team()));
		}
	}

	private boolean hasCases(OrganisationId organisation) {
		return !cases.search(CurrentUser.system(),
				new CaseFilter(organisation.value(), null, null, null, null, null, null, null, 1)).isEmpty();
	}
}
