package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** The customer replied; a case waiting on them is open again. */
public record CustomerReplied(CaseId caseId, OrganisationId organisationId, Instant at) {
}
