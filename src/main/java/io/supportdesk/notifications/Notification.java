package io.supportdesk.notifications;

import java.time.Instant;
import java.util.UUID;

/** One in-app notice to a user. */
public record Notification(UUID id, Instant at, String kind, UUID caseId, String text, Instant readAt) {
}
