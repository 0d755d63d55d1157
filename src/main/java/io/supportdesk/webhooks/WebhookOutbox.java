package io.supportdesk.webhooks;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.OrganisationId;

/**
 * The outbox of deliveries. An event becomes one row per enabled endpoint that subscribes to it — the
 * staff endpoints and those of the event's organisation — in the caller's transaction, keyed by
 * endpoint and message id: the id is derived from the event itself, so the same event delivered twice
 * (a listener's retry, a restart) is stored once. The payload is fixed when the row is written, in the
 * Standard Webhooks shape: {@code {"type", "timestamp", "data"}}.
 */
@Component
class WebhookOutbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	WebhookOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the event for every endpoint it concerns; returns how many deliveries were stored (0 when
	 * the event was recorded before). {@code key} names the event uniquely (type, case, instant).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int record(WebhookEventType type, OrganisationId organisation, String key, Instant at, Map<String, Object> data) {
		// staff endpoints hear every organisation; an organisation's hear it alone and no staff-only type
		List<UUID> endpoints = jdbc.sql("""
				select id, events, organisation_id is null as staff from webhooks_endpoint
				where enabled and (organisation_id is null or organisation_id = :org)""")
			.param("org", organisation == null ? null : organisation.value())
			.query((row, n) -> (row.getBoolean("staff") || !type.staffOnly()) && (row.getString("events").equals("*")
					|| List.of(row.getString("events").split(",")).contains(type.dotted())) ? row.getObject("id", UUID.class) : null)
			.list().stream().filter(java.util.Objects::nonNull).toList();
		String messageId = "msg_" + UUID.nameUUIDFromBytes((type.dotted() + ":" + key).getBytes(StandardCharsets.UTF_8));
		int stored = 0;
		for (UUID endpoint : endpoints) {
			stored += queue(endpoint, type, messageId, at, data) != null ? 1 : 0;
		}
		return stored;
	}

	/** Queues one delivery, due now; returns its id, or null when that message was queued for the endpoint before. */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID queue(UUID endpoint, WebhookEventType type, String messageId, Instant at, Map<String, Object> data) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type.dotted());
		payload.put("timestamp", at.toString());
		payload.put("data", data);
		String body = JSON.writeValueAsString(payload);
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into webhooks_delivery (id, endpoint_id, message_id, event_type, payload, state, attempts,
				  next_attempt_at, created_at)
				values (:id, :endpoint, :messageId, :type, :payload, 'QUEUED', 0, :at, :at)
				on conflict (endpoint_id, message_id) do nothing""")
			.param("id", id).param("endpoint", endpoint).param("messageId", messageId).param("type", type.dotted())
			.param("payload", body).param("at", Timestamp.from(at)).update();
		return inserted == 1 ? id : null;
	}
}
