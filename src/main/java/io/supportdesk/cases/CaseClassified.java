package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** Support confirmed or changed a case's severity, with a reason. */
public record CaseClassified(CaseId caseId, OrganisationId organisationId, Instant at, int from, int to, String reason) {
}
