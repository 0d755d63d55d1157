package io.supportdesk.oncall;

import java.util.UUID;

/** The timer of a page level: when it fires and the level's pages are still open, the next level is paged. */
record PageEscalation(UUID caseId, int step) implements java.io.Serializable {

	String instanceId() {
		return caseId + "|" + step;
	}
}
