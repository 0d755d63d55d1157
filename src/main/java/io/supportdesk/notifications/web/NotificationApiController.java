package io.supportdesk.notifications.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.notifications.Notification;
import io.supportdesk.notifications.NotificationInbox;

/**
 * The caller's in-app notices: {@code GET /api/me/notifications} (newest first, texts in the caller's
 * language and zone), {@code POST /api/me/notifications/read} (marks them all read).
 */
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

	@PostMapping("/api/me/notifications/read")
	ResponseEntity<Void> markAllRead(CurrentUser me) {
		inbox.markAllRead(me);
		return ResponseEntity.noContent().build();
	}
}
