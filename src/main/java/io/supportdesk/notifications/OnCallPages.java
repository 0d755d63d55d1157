package io.supportdesk.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.oncall.PageRaised;
import io.supportdesk.oncall.Paging;

/**
 * A page reaches the person paged in the app and by mail, the mail with the signed link that
 * acknowledges it without signing in. After the page's transaction has committed, recorded in the
 * event publication registry (delivered again after a failure or a crash; the inbox keeps the notice
 * once).
 */
@Component
class OnCallPages {

	private final CaseManagement cases;

	private final Paging paging;

	private final NotificationInbox inbox;

	OnCallPages(CaseManagement cases, Paging paging, NotificationInbox inbox) {
		this.cases = cases;
		this.paging = paging;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(PageRaised page) {
		inbox.deliver(page.userId(), new Notice(NoticeKind.PAGED, cases.caseView(CurrentUser.system(), page.caseId()), null,
				null, page.acknowledgeBy()), paging.acknowledgeUrl(page.pageId()));
	}
}
