package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** The case waits on the customer (after a public reply from support): the update clock pauses. */
public record CaseWaitingOnCustomer(CaseId caseId, OrganisationId organisationId, Instant at) {
}
