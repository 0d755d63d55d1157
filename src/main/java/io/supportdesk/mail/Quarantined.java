package io.supportdesk.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the quarantine: read, kept whole, and waiting for staff.
 *
 * @param reason {@code UNKNOWN_SENDER}, {@code AUTOMATIC} (an auto-reply, bulk or a report nobody
 * sent for us), {@code NO_SUBSCRIPTION} or {@code TOO_LARGE} (over
 * {@code supportdesk.mail.inbound.max-message-size})
 */
public record Quarantined(UUID id, String sender, String subject, String reason, Instant receivedAt, int size) {
}
