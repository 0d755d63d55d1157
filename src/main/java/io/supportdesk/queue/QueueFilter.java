package io.supportdesk.queue;

import java.util.UUID;

/** Which part of the queue: by team, language, assignee or organisation (each optional), and how much. */
public record QueueFilter(UUID team, String language, UUID assignee, UUID organisation, int limit) {

	public QueueFilter {
		limit = limit <= 0 || limit > 500 ? 50 : limit;
	}
}
