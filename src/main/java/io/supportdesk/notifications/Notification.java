package io.supportdesk.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app notice to a user, with its text in the reader's language and time zone.
 *
 * @param reference the case's reference ({@code CS-7K3P-2Q})
 * @param metric    the SLA metric concerned ({@code FIRST_RESPONSE}, {@code UPDATE})
 * @param percent   for a warning, the share of the target's business time used (75 or 90)
 * @param readAt    when the reader marked it read, null while unread
 * @param link      the page it is about in the reader's shell ({@code /console/cases/…}, {@code /portal/downloads/…})
 */
public record Notification(UUID id, Instant at, NoticeKind kind, UUID caseId, String reference, String metric,
		Integer percent, Instant dueAt, String text, Instant readAt, String link) {
}
