package io.supportdesk.mail;

import java.time.Instant;

import io.supportdesk.cases.CaseId;

/**
 * One mail of the outbox as staff see it.
 *
 * @param messageId the Message-ID it is (or will be) sent with
 * @param attempts how many times sending was tried
 * @param nextAttemptAt when it is tried next, while queued
 * @param lastError the SMTP server's last refusal, null when none
 */
public record Delivery(String messageId, CaseId caseId, String recipient, MailKind kind, String subject,
		DeliveryState state, int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
