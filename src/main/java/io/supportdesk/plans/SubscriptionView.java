package io.supportdesk.plans;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.supportdesk.accounts.OrganisationId;

/**
 * A subscription: an organisation's licence of a product for a term {@code [start, end)}, with the
 * plan it had from each instant on (the first period starts with the term; upgrades add more).
 */
public record SubscriptionView(SubscriptionId id, OrganisationId organisationId, String product, Instant start,
		Instant end, List<Period> plans, Instant recordedAt) {

	/** One plan from an instant on. */
	public record Period(PlanCode plan, Instant from) {
	}

	/** Whether the term covers the instant. */
	public boolean isInForceAt(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	/** The plan at an instant within the term. */
	public Optional<PlanCode> planAt(Instant at) {
		if (!isInForceAt(at)) {
			return Optional.empty();
		}
		PlanCode plan = null;
		for (Period period : plans) {
			if (!period.from().isAfter(at)) {
				plan = period.plan();
			}
		}
		return Optional.ofNullable(plan);
	}
}
