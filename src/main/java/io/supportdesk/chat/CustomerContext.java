package io.supportdesk.chat;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseFilter;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.CaseView;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.plans.TamView;

/** What an agent sees beside a chat about its customer: the plans in force, the open cases, the TAM (staff). */
@Service
@Transactional(readOnly = true)
public class CustomerContext {

	private static final EnumSet<CaseStatus> OPEN = EnumSet.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER);

	private final EntitlementCheck entitlements;

	private final CaseManagement cases;

	private final TamManagement tams;

	private final Clock clock;

	CustomerContext(EntitlementCheck entitlements, CaseManagement cases, TamManagement tams, Clock clock) {
		this.entitlements = entitlements;
		this.cases = cases;
		this.tams = tams;
		this.clock = clock;
	}

	/**
	 * The organisation's context.
	 *
	 * @param plans the names of the plans in force now
	 * @param openCases its cases not resolved or closed, newest first
	 * @param tam its technical account manager's name, or null
	 */
	public record Context(List<String> plans, List<CaseView> openCases, String tam) {
	}

	public Context of(CurrentUser actor, OrganisationId organisation) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
		List<String> plans = entitlements.of(organisation, clock.instant()).plans().stream().map(Plan::name).distinct().toList();
		List<CaseView> open = cases.search(actor, new CaseFilter(organisation.value(), null, null, null, null, null, null, null,
				100)).stream().filter(view -> OPEN.contains(view.status())).limit(10).toList();
		return new Context(plans, open, tams.tamOf(organisation).map(TamView::name).orElse(null));
	}
}
