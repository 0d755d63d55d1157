package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** A resolved case was closed for good. */
public record CaseClosed(CaseId caseId, OrganisationId organisationId, Instant at) {
}
