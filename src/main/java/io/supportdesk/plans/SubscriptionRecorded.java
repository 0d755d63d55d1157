package io.supportdesk.plans;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** Operations recorded a subscription (a licence bought with a plan), possibly after the fact. */
public record SubscriptionRecorded(OrganisationId organisationId, SubscriptionId subscriptionId, PlanCode plan,
		Instant start, Instant end) {
}
