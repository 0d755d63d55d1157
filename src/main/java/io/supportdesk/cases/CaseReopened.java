package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** A resolved case was reopened. */
public record CaseReopened(CaseId caseId, OrganisationId organisationId, Instant at) {
}
