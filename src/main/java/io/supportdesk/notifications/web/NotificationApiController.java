package io.supportdesk.notifications.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.notifications.Notification;
import io.supportdesk.notifications.NotificationInbox;

/** The caller's in-app notices: {@code GET /api/me/notifications}. */
@RestController
class NotificationApiController {

	private final NotificationInbox inbox;

	NotificationApiController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/me/notifications")
	List<Notification> notifications(CurrentUser me) {
		return inbox.inbox(me);
	}
}
