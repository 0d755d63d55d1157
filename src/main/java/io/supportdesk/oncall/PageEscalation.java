package io.supportdesk.oncall;

import java.util.UUID;

/** The timer of a page level: when it fires and the level's pages are still open, the next level is paged. */
record PageEscalation(UUID caseId, int step) implements java.io.Serializable {

	/** {@code page|<case>|<step>}: never starting with the case id, which other modules' timers of a case do. */
	String instanceId() {
		return prefix(caseId) + step;
	}

	static String prefix(UUID caseId) {
		return "page|" + caseId + "|";
	}
}
