package io.supportdesk.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled end of a reopen window (the data of a db-scheduler task): the case and the instant of
 * the resolution the window belongs to, so that a firing timer can tell whether that resolution still
 * stands.
 */
record ReopenWindowEnd(UUID caseId, Instant resolvedAt) implements Serializable {

	/** The task instance id: one per case and resolution ({@code "<case id>|<resolved at>"}). */
	String instanceId() {
		return caseId + "|" + resolvedAt;
	}
}
