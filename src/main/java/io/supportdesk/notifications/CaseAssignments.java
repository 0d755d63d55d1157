package io.supportdesk.notifications;

import java.util.Comparator;
import java.util.Objects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseAssigned;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;

/**
 * An agent hears that a case was assigned to them, in the app and by mail, unless they took it
 * themselves. After the assignment's transaction has committed, in one of its own, recorded in the
 * event publication registry (delivered again after a failure or a crash; the inbox keeps the notice
 * once).
 */
@Component
class CaseAssignments {

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final NotificationInbox inbox;

	CaseAssignments(CaseManagement cases, AccountManagement accounts, NotificationInbox inbox) {
		this.cases = cases;
		this.accounts = accounts;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(CaseAssigned assigned) {
		if (assigned.assignee() == null) {
			return;
		}
		CaseView view = cases.caseView(CurrentUser.system(), assigned.caseId());
		// who assigned it: the history's assignment at that instant
		boolean tookItThemselves = view.history().stream()
			.filter(entry -> entry.type().equals("ASSIGNED") && entry.at().equals(assigned.at()))
			.max(Comparator.comparing(CaseView.HistoryEntry::at))
			.map(entry -> Objects.equals(entry.actorId(), assigned.assignee())).orElse(false);
		boolean staff = accounts.findUser(assigned.assignee()).filter(UserSummary::enabled)
			.map(user -> user.role().isStaff()).orElse(false);
		if (!tookItThemselves && staff) {
			inbox.deliver(assigned.assignee(), new Notice(NoticeKind.ASSIGNED, view, null, null, assigned.at()));
		}
	}
}
