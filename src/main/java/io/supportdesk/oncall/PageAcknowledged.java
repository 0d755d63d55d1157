package io.supportdesk.oncall;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/** A case's page was acknowledged: nobody further is paged about it. */
public record PageAcknowledged(CaseId caseId, OrganisationId organisationId, UserId by, Instant at) {
}
