package io.supportdesk.notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.supportdesk.suggestions.SuggestionBoard;
import io.supportdesk.suggestions.SuggestionStatus;
import io.supportdesk.suggestions.SuggestionStatusChanged;

/**
 * A suggestion's new status, with the product team's response, reaches its followers and voters in the app
 * and by mail; after the change's transaction committed, registry-backed.
 */
@Component
class SuggestionNews {

	private final SuggestionBoard board;

	private final NotificationInbox inbox;

	SuggestionNews(SuggestionBoard board, NotificationInbox inbox) {
		this.board = board;
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(SuggestionStatusChanged changed) {
		String shipped = changed.status() == SuggestionStatus.SHIPPED && changed.detail() != null
				? " (" + (changed.detail().length() > 17 ? changed.detail().substring(0, 16) + "…" : changed.detail()) + ")" : "";
		String title = changed.title().length() > 300 ? changed.title().substring(0, 299) + "…" : changed.title();
		for (var user : board.audience(changed.id())) {
			inbox.deliver(user, new Topic(NoticeKind.SUGGESTION_STATUS, changed.id().value(), shipped, title,
					changed.status().name(), changed.at(), changed.response(), "/portal/suggestions/" + changed.id()));
		}
	}
}
