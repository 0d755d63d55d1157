package io.supportdesk.queue.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.queue.QueueEntry;
import io.supportdesk.queue.QueueFilter;
import io.supportdesk.queue.QueueManagement;

/** The agents' queue: {@code GET /api/queue} (ordered), {@code POST /api/queue/take} (take the next case). */
@RestController
@RequestMapping("/api/queue")
class QueueApiController {

	private final QueueManagement queue;

	QueueApiController(QueueManagement queue) {
		this.queue = queue;
	}

	@GetMapping
	List<QueueEntry> queue(CurrentUser me, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) String language, @RequestParam(required = false) UUID assigneeId,
			@RequestParam(required = false) UUID organisationId, @RequestParam(defaultValue = "50") int limit) {
		return queue.queue(me, new QueueFilter(team, language, assigneeId, organisationId, limit));
	}

	/** Assigns the next case to the caller: 200 with it, or 204 when the queue (part) is empty. */
	@PostMapping("/take")
	ResponseEntity<QueueEntry> take(CurrentUser me, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) String language, @RequestParam(required = false) UUID organisationId) {
		return queue.takeNext(me, new QueueFilter(team, language, null, organisationId, 1)).map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}
}
