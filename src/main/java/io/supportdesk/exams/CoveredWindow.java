package io.supportdesk.exams;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** An organisation's exam coverage {@code [from, to)}: its overlapping windows merged into one. */
public record CoveredWindow(OrganisationId organisationId, String organisationName, Instant from, Instant to) {
}
