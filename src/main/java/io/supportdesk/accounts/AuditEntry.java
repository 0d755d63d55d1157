package io.supportdesk.accounts;

import java.time.Instant;

/**
 * One line of the audit log: what happened, who did it (an e-mail address, or null for the system),
 * to whom or what, from which address; for an administrative change also the state before it (null
 * for a creation) and after it, as JSON or text.
 */
public record AuditEntry(Instant at, AuditAction action, String actor, String subject, String address, String detail,
		String before, String after) {

	/** Whether the entry records a change with its state before and after. */
	public boolean hasChange() {
		return before != null || after != null;
	}
}
