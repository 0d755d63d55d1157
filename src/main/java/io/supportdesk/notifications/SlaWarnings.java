package io.supportdesk.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.sla.SlaWarningReached;

/**
 * A warning at 75 % or 90 % of a target goes to whoever can still keep the promise: the case's
 * assignee; unassigned, the lead of its team; with neither, the support managers (someone watches the
 * unowned queue). After the warning's transaction has committed, in one of its own, recorded in the
 * event publication registry (delivered again after a failure or a crash; the inbox keeps each notice
 * once).
 */
@Component
class SlaWarnings {

	private final CaseManagement cases;

	private final TeamManagement teams;

	private final AccountManagement accounts;

	private final NotificationInbox inbox;

	SlaWarnings(CaseManagement cases, TeamManagement teams, AccountManagement accounts, NotificationInbox inbox) {
		this.cases = cases;
		this.teams = teams;
		this.accounts = accounts;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(SlaWarningReached warning) {
		CaseView view = cases.caseView(CurrentUser.system(), warning.caseId());
		Notice notice = new Notice(NoticeKind.SLA_WARNING, view, warning.metric(), warning.percent(), warning.dueAt());
		recipients(view).forEach(user -> inbox.deliver(user, notice));
	}

	private List<UserId> recipients(CaseView view) {
		if (view.assigneeId() != null) {
			return List.of(view.assigneeId());
		}
		if (view.teamId() != null) {
			UserId lead = teams.team(CurrentUser.system(), view.teamId()).leadId();
			if (lead != null) {
				return List.of(lead);
			}
		}
		return accounts.staff(CurrentUser.system()).stream()
			.filter(user -> user.role() == Role.MANAGER && user.enabled()).map(UserSummary::id).toList();
	}
}
