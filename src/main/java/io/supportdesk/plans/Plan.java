package io.supportdesk.plans;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A support programme as in force from {@code effectiveFrom}: what it entitles an organisation to
 * and the response targets it promises.
 *
 * @param description what the plan is, per language (pages show {@code description().text(locale)})
 * @param trialLicenceMaxDays the longest non-production trial licence it allows (0: none)
 */
public record Plan(PlanCode code, String name, PlanDescription description, Set<Entitlement> entitlements,
		List<ResponseTarget> targets, int trialLicenceMaxDays, Instant effectiveFrom) {

	public Plan {
		entitlements = Set.copyOf(entitlements);
		targets = List.copyOf(targets);
	}

	public boolean includes(Entitlement entitlement) {
		return entitlements.contains(entitlement);
	}

	public Optional<ResponseTarget> target(int severity, Metric metric) {
		return targets.stream().filter(t -> t.isFor(severity, metric)).findFirst();
	}
}
