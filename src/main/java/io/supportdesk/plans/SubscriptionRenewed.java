package io.supportdesk.plans;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** A subscription's term was extended to a new end. */
public record SubscriptionRenewed(OrganisationId organisationId, SubscriptionId subscriptionId, Instant end) {
}
