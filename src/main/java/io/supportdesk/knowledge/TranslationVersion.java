package io.supportdesk.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One saved text of a translation, and what changed against the version before it.
 *
 * @param recordedBy the name of who saved it
 * @param changes the lines of title, summary, body and workaround, each kept, added or removed
 * against the previous revision (all added for the first)
 */
public record TranslationVersion(int revision, TranslationState state, String title, String summary, String body,
		String workaround, Instant recordedAt, String recordedBy, List<Change> changes) {

	public TranslationVersion {
		changes = List.copyOf(changes);
	}

	/** One line of the comparison: in which field, and whether it was kept, added or removed. */
	public record Change(String field, Kind kind, String line) {

		public boolean isAdded() {
			return kind == Kind.ADDED;
		}

		public boolean isRemoved() {
			return kind == Kind.REMOVED;
		}
	}

	/** Whether a line was kept from the previous revision, added in this one or removed from it. */
	public enum Kind {
		KEPT, ADDED, REMOVED
	}
}
