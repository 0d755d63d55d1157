package io.supportdesk.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of an event to an endpoint, as its delivery log shows it.
 *
 * @param messageId the {@code webhook-id} header: the same for every attempt, so receivers can drop a repeat
 * @param state {@code QUEUED} (waiting for its first or next attempt), {@code SENT} (answered 2xx) or
 * {@code FAILED} (out of attempts)
 * @param lastStatus the HTTP status of the last attempt, null when there was no answer
 * @param lastError why the last attempt failed, null when it did not
 */
public record WebhookDelivery(UUID id, String eventType, String messageId, String state, int attempts,
		Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
}
