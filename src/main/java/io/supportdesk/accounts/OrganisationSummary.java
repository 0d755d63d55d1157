package io.supportdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;

/** A read-only view of an organisation; {@code timeZone} is where its people read times by default. */
public record OrganisationSummary(OrganisationId id, String name, ZoneId timeZone, Instant createdAt) {
}
