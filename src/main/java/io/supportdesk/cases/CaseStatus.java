package io.supportdesk.cases;

/**
 * NEW → OPEN → PENDING_CUSTOMER ↔ OPEN → RESOLVED → CLOSED; a resolved case reopens (back to OPEN)
 * on a customer reply within the reopen window, and closes itself when the window ends.
 */
public enum CaseStatus {
	NEW, OPEN, PENDING_CUSTOMER, RESOLVED, CLOSED;

	/** Whether support still owes work on it. */
	public boolean isActive() {
		return this == NEW || this == OPEN || this == PENDING_CUSTOMER;
	}
}
