package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** Support sent a reply the customer can see (the first one meets the first-response target). */
public record SupportReplied(CaseId caseId, OrganisationId organisationId, Instant at) {
}
