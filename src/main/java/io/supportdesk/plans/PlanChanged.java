package io.supportdesk.plans;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/**
 * A subscription's plan changed from {@code effectiveFrom} on (an upgrade, or top-up). SLA clocks of
 * the organisation's open cases re-target from that instant.
 */
public record PlanChanged(OrganisationId organisationId, SubscriptionId subscriptionId, PlanCode from, PlanCode to,
		Instant effectiveFrom) {
}
