package io.supportdesk.plans;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/**
 * A trial licence as people see it. {@code key} is present once: in the first view its requester gets
 * after it was issued; afterwards only {@code keyHint} (its last characters) remains.
 */
public record TrialLicenceView(TrialLicenceId id, OrganisationId organisationId, String product, String purpose,
		int durationDays, TrialLicenceStatus status, boolean nonProduction, Instant requestedAt, Instant expiresAt,
		String keyHint, String key) {
}
