package io.supportdesk.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.ResponseTarget;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.SubscriptionView;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.sla.SlaTarget;

/**
 * Customer compliance statements ({@link ComplianceStatement}): per organisation and month, what became of
 * the response targets its plan promised. Read from the same stored SLA as {@link SlaReports} (a running
 * target past its due instant counts as breached, the evaluator's own rule), with each breach explained by
 * the sla module's evaluator — a statement can never disagree with a timer.
 *
 * <p>Who reads them: support managers every organisation's, a technical account manager their accounts',
 * a customer admin their own organisation's. Another organisation's statement does not exist for a
 * customer (404).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceStatements {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final SubscriptionManagement subscriptions;

	private final EntitlementCheck entitlements;

	private final PlanCatalogue catalogue;

	private final TamManagement tams;

	private final SlaReports reports;

	private final Clock clock;

	ComplianceStatements(JdbcClient jdbc, AccountManagement accounts, SubscriptionManagement subscriptions,
			EntitlementCheck entitlements, PlanCatalogue catalogue, TamManagement tams, SlaReports reports, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
		this.catalogue = catalogue;
		this.tams = tams;
		this.reports = reports;
		this.clock = clock;
	}

	/** Whether the user may read the organisation's statements (managers, its TAM, its customer admins). */
	public boolean mayRead(CurrentUser actor, OrganisationId organisation) {
		if (actor.isCustomer()) {
			return actor.has(Role.CUSTOMER_ADMIN) && organisation.equals(actor.organisationId());
		}
		return actor.has(Role.MANAGER)
				|| actor.has(Role.TAM) && tams.tamOf(organisation).map(tam -> tam.id().equals(actor.id())).orElse(false);
	}

	/** The organisations whose statements the user reads, by name: all for managers, a TAM's accounts, a customer admin's own. */
	public List<OrganisationSummary> organisations(CurrentUser actor) {
		if (actor.has(Role.MANAGER)) {
			return accounts.organisations(actor);
		}
		if (actor.has(Role.TAM)) {
			return tams.organisationsOf(actor);
		}
		if (actor.has(Role.CUSTOMER_ADMIN)) {
			return List.of(accounts.organisation(actor, actor.organisationId()));
		}
		throw new AccessDeniedException("Support managers, TAMs and customer admins only");
	}

	/** The months (in the organisation's zone) in which the organisation opened cases with targets, newest first. */
	public List<YearMonth> months(CurrentUser actor, OrganisationId organisation) {
		OrganisationSummary summary = require(actor, organisation);
		return jdbc.sql("""
				select distinct to_char(opened_at at time zone :zone, 'YYYY-MM') as month from reporting_sla_target
				where organisation_id = :organisation order by month desc""")
			.param("zone", summary.timeZone().getId()).param("organisation", organisation.value())
			.query(String.class).list().stream().map(YearMonth::parse).toList();
	}

	/** The organisation's statement for {@code month}, its boundaries at local midnight in the organisation's zone. */
	public ComplianceStatement statement(CurrentUser actor, OrganisationId organisation, YearMonth month) {
		OrganisationSummary summary = require(actor, organisation);
		ZoneId zone = summary.timeZone();
		Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant now = clock.instant();
		List<ComplianceStatement.PlanInForce> plans = plansInForce(organisation, start, end);
		Map<String, Tally> tallies = tallies(organisation, start, end, now);
		SlaReportQuery query = new SlaReportQuery(month.atDay(1), month.atEndOfMonth(), zone, SlaReportQuery.Grouping.DEFAULT,
				SlaTarget.Metric.FIRST_RESPONSE, new SlaReportQuery.Filters(organisation, null, null, null, null));
		return new ComplianceStatement(organisation, summary.name(), month, zone, start, end, now, plans,
				lines(plans, tallies), reports.explainedBreaches(query, true, SlaReports.MAX_BREACHES));
	}

	private OrganisationSummary require(CurrentUser actor, OrganisationId organisation) {
		// a customer of another organisation: it does not exist for them (404)
		OrganisationSummary summary = accounts.organisation(actor, organisation);
		if (!mayRead(actor, organisation)) {
			throw new AccessDeniedException("Support managers, the organisation's TAM and its customer admins only");
		}
		return summary;
	}

	/** The plans of the organisation's subscriptions that were in force during [start, end), in order. */
	private List<ComplianceStatement.PlanInForce> plansInForce(OrganisationId organisation, Instant start, Instant end) {
		List<ComplianceStatement.PlanInForce> plans = new ArrayList<>();
		for (SubscriptionView subscription : subscriptions.subscriptions(organisation)) {
			List<SubscriptionView.Period> periods = subscription.plans();
			for (int i = 0; i < periods.size(); i++) {
				Instant from = max(periods.get(i).from(), subscription.start(), start);
				Instant until = min(i + 1 < periods.size() ? periods.get(i + 1).from() : subscription.end(),
						subscription.end(), end);
				if (from.isBefore(until)) {
					PlanCode code = periods.get(i).plan();
					plans.add(new ComplianceStatement.PlanInForce(code.value(),
							catalogue.plan(code, from).map(Plan::name).orElse(code.value()), from, until));
				}
			}
		}
		plans.sort(Comparator.comparing(ComplianceStatement.PlanInForce::from).thenComparing(ComplianceStatement.PlanInForce::plan));
		return plans;
	}

	/** What became of the month's targets, per plan at opening × severity × metric. */
	private Map<String, Tally> tallies(OrganisationId organisation, Instant start, Instant end, Instant now) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Map<UUID, String> planOfCase = new HashMap<>();
		jdbc.sql("select case_id, severity, opened_at, metric, plan_code, " + SlaReports.STATE_NOW + " as state_now"
				+ " from reporting_sla_target where organisation_id = :organisation and opened_at >= :start"
				+ " and opened_at < :end order by opened_at, case_id, metric, target_index")
			.param("organisation", organisation.value()).param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end)).param("now", Timestamp.from(now)).query(rs -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				int severity = rs.getInt("severity");
				Instant openedAt = rs.getTimestamp("opened_at").toInstant();
				String stored = rs.getString("plan_code");
				String plan = planOfCase.computeIfAbsent(caseId, id -> planAtOpening(organisation, openedAt, severity).orElse(stored));
				SlaTarget.Metric metric = SlaTarget.Metric.valueOf(rs.getString("metric"));
				tallies.computeIfAbsent(key(plan, severity, metric), k -> new Tally()).add(caseId, rs.getString("state_now"));
			});
		return tallies;
	}

	/** The plan whose first-response target governed a case of {@code severity} opened at {@code at} (the SLA's own choice). */
	private Optional<String> planAtOpening(OrganisationId organisation, Instant at, int severity) {
		var inForce = entitlements.of(organisation, at);
		return inForce.target(severity, Metric.FIRST_RESPONSE).flatMap(inForce::planOf).map(plan -> plan.code().value());
	}

	/**
	 * Every severity of every plan in force, first response and (where the plan sets one) the update
	 * cadence, then whatever else the month's cases hold.
	 */
	private List<ComplianceStatement.Line> lines(List<ComplianceStatement.PlanInForce> plans, Map<String, Tally> tallies) {
		Map<String, ComplianceStatement.Line> lines = new LinkedHashMap<>();
		for (ComplianceStatement.PlanInForce inForce : plans) {
			Optional<Plan> plan = catalogue.plan(new PlanCode(inForce.plan()), inForce.from());
			for (int s = 1; s <= 4; s++) {
				int severity = s;
				for (SlaTarget.Metric metric : SlaTarget.Metric.values()) {
					Optional<ResponseTarget> target = plan.flatMap(p -> p.target(severity, Metric.valueOf(metric.name())));
					String key = key(inForce.plan(), severity, metric);
					if (lines.containsKey(key) || metric == SlaTarget.Metric.UPDATE && target.isEmpty()) {
						continue;
					}
					lines.put(key, line(inForce.plan(), inForce.name(), severity, metric, target, tallies.get(key)));
				}
			}
		}
		tallies.forEach((key, tally) -> {
			if (!lines.containsKey(key)) {
				String[] parts = key.split("\\|");
				lines.put(key, line(parts[0], parts[0], Integer.parseInt(parts[1]), SlaTarget.Metric.valueOf(parts[2]),
						Optional.empty(), tally));
			}
		});
		return List.copyOf(lines.values());
	}

	private static ComplianceStatement.Line line(String plan, String name, int severity, SlaTarget.Metric metric,
			Optional<ResponseTarget> target, Tally tally) {
		Tally t = tally == null ? new Tally() : tally;
		return new ComplianceStatement.Line(plan, name, severity, metric, target.map(ResponseTarget::amount).orElse(null),
				target.map(ResponseTarget::unit).orElse(null), target.map(r -> r.calendar().name()).orElse(null),
				t.cases.size(), t.met, t.breached, t.running,
				t.met + t.breached == 0 ? null : (double) t.met / (t.met + t.breached));
	}

	private static String key(String plan, int severity, SlaTarget.Metric metric) {
		return plan + "|" + severity + "|" + metric.name();
	}

	private static Instant max(Instant a, Instant b, Instant c) {
		Instant m = a.isAfter(b) ? a : b;
		return m.isAfter(c) ? m : c;
	}

	private static Instant min(Instant a, Instant b, Instant c) {
		Instant m = a.isBefore(b) ? a : b;
		return m.isBefore(c) ? m : c;
	}

	/** The targets of one line, counted. */
	private static final class Tally {

		final java.util.Set<UUID> cases = new java.util.HashSet<>();

		long met;

		long breached;

		long running;

		void add(UUID caseId, String state) {
			cases.add(caseId);
			switch (state) {
				case "MET" -> met++;
				case "BREACHED" -> breached++;
				case "RUNNING", "PAUSED" -> running++;
				default -> {
					// cancelled targets (a resolution ends the update cadence) count nowhere
				}
			}
		}
	}
}
