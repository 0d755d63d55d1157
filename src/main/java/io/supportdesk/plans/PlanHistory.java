package io.supportdesk.plans;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every version of one plan, oldest first, with who recorded each and when.
 *
 * @param revision a number that grows with every edit of the plan: an editor that saw revision 7
 *        edits on top of exactly what it saw, or is refused as a concurrent change
 */
public record PlanHistory(PlanCode code, long revision, List<Version> versions) {

	public PlanHistory {
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("A plan has at least one version");
		}
	}

	/** The version effective from the latest instant (possibly still in the future). */
	public Version latest() {
		return versions.get(versions.size() - 1);
	}

	/** The version in force at {@code at}; the first version also governs the time before it. */
	public Version inForce(Instant at) {
		Version current = versions.get(0);
		for (Version version : versions) {
			if (!version.plan().effectiveFrom().isAfter(at)) {
				current = version;
			}
		}
		return current;
	}

	/** The first version that takes effect after {@code at}, if one is scheduled. */
	public Optional<Version> next(Instant at) {
		return versions.stream().filter(v -> v.plan().effectiveFrom().isAfter(at)).findFirst();
	}

	/** The versions, newest first (for pages). */
	public List<Version> newestFirst() {
		List<Version> newestFirst = new java.util.ArrayList<>(versions);
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

	/**
	 * One stored version.
	 *
	 * @param recordedAt when it was saved
	 * @param recordedBy who saved it (an e-mail address, or {@code system} for the seeded catalogue)
	 */
	public record Version(Plan plan, Instant recordedAt, String recordedBy) {

		/** Whether this is a seeded version in force from the epoch, i.e. from the very start. */
		public boolean initial() {
			return plan.effectiveFrom().equals(Instant.EPOCH);
		}

		/** Whether the seeding (rather than a person) recorded it. */
		public boolean bySystem() {
			return "system".equals(recordedBy) || recordedBy == null;
		}
	}
}
