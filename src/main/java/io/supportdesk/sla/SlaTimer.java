package io.supportdesk.sla;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled SLA timer (the data of a db-scheduler task): for the {@code index}-th target of a
 * metric of a case, a warning at 75 or 90 % of it, or its breach, for the due instant it had when
 * scheduled.
 */
public record SlaTimer(UUID caseId, String metric, int index, String kind, Instant dueAt) implements java.io.Serializable {

	/** The task instance id: one per case, target, kind and due instant, so a re-targeted clock gets new ones. */
	String instanceId() {
		return caseId + "|" + metric + "|" + index + "|" + kind + "|" + dueAt.getEpochSecond();
	}
}
