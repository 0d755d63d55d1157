package io.supportdesk.accounts;

import java.time.Instant;

/** A read-only view of an organisation. */
public record OrganisationSummary(OrganisationId id, String name, Instant createdAt) {
}
