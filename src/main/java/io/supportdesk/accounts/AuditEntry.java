package io.supportdesk.accounts;

import java.time.Instant;

/**
 * One line of the audit log: what happened, who did it (an e-mail address, or null for the system),
 * to whom or what, from which address.
 */
public record AuditEntry(Instant at, AuditAction action, String actor, String subject, String address, String detail) {
}
