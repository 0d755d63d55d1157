package io.supportdesk.plans;

import java.time.Instant;
import java.util.Objects;

/**
 * A manager's edit of a plan ({@link PlanCatalogue#update}): the new content, the instant it takes
 * effect from, and the revision of the plan the edit was made on.
 *
 * @param effectiveFrom null for now; never in the past, never before the plan's latest version
 * @param revision the plan's {@link PlanHistory#revision()} the editor saw; null to edit whatever is
 *        current (the edit is then not checked for a concurrent change)
 */
public record PlanEdit(PlanChange change, Instant effectiveFrom, Long revision) {

	public PlanEdit {
		Objects.requireNonNull(change);
	}

	/** The change from now on, on whatever is current. */
	public static PlanEdit now(PlanChange change) {
		return new PlanEdit(change, null, null);
	}
}
