package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** Support or the customer resolved the case. */
public record CaseResolved(CaseId caseId, OrganisationId organisationId, Instant at) {
}
