package io.supportdesk.plans;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A plan version as stored (JSON): name, description, entitlements, trial licence limit and the
 * target matrix with calendar ids.
 */
record PlanDocument(String name, String description, Set<Entitlement> entitlements, int trialLicenceMaxDays,
		List<Target> targets) {

	/** One stored target. */
	record Target(int severity, Metric metric, long amount, TargetUnit unit, UUID calendarId, boolean withExamWindows) {
	}
}
