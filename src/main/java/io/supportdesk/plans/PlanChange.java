package io.supportdesk.plans;

import java.util.List;
import java.util.Set;

/**
 * A plan's content as a manager sets it: targets name their calendar ("Standard business hours",
 * "24x7") and whether the organisation's exam windows count as open time too; the description has a
 * text per language (English required on edits, the others falling back to it).
 */
public record PlanChange(String name, PlanDescription description, Set<Entitlement> entitlements,
		int trialLicenceMaxDays, List<Target> targets) {

	public PlanChange {
		entitlements = Set.copyOf(entitlements);
		targets = List.copyOf(targets);
	}

	/** A change with an English-only description. */
	public PlanChange(String name, String description, Set<Entitlement> entitlements, int trialLicenceMaxDays,
			List<Target> targets) {
		this(name, PlanDescription.english(description), entitlements, trialLicenceMaxDays, targets);
	}

	/** One cell of the target matrix. */
	public record Target(int severity, Metric metric, long amount, TargetUnit unit, String calendar,
			boolean withExamWindows) {
	}
}
