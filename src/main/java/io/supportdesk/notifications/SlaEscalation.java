package io.supportdesk.notifications;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.sla.SlaBreached;

/**
 * A breach escalates (SPEC.md §2): to the lead of the case's team, and to the organisation's TAM where
 * its plan includes a dedicated TAM (Premier). After the breach's transaction has committed, in one of
 * its own, recorded in the event publication registry: a failure or a crash before it completes leaves
 * the publication incomplete, and it is delivered again (the inbox keeps each notice once).
 */
@Component
class SlaEscalation {

	private final CaseManagement cases;

	private final TeamManagement teams;

	private final TamManagement tams;

	private final EntitlementCheck entitlements;

	private final NotificationInbox inbox;

	SlaEscalation(CaseManagement cases, TeamManagement teams, TamManagement tams, EntitlementCheck entitlements,
			NotificationInbox inbox) {
		this.cases = cases;
		this.teams = teams;
		this.tams = tams;
		this.entitlements = entitlements;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(SlaBreached breach) {
		CurrentUser system = CurrentUser.system();
		CaseView view = cases.caseView(system, breach.caseId());
		Set<UserId> recipients = new LinkedHashSet<>();
		if (view.teamId() != null) {
			UserId lead = teams.team(system, view.teamId()).leadId();
			if (lead != null) {
				recipients.add(lead);
			}
		}
		if (entitlements.of(view.organisationId(), breach.at()).has(Entitlement.DEDICATED_TAM)) {
			tams.tamOf(view.organisationId()).ifPresent(tam -> recipients.add(tam.id()));
		}
		Notice notice = new Notice(NoticeKind.SLA_BREACHED, view, breach.metric(), null, breach.dueAt());
		recipients.forEach(user -> inbox.deliver(user, notice));
	}
}
