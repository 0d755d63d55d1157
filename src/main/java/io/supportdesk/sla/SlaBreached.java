package io.supportdesk.sla;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseId;

/** A target passed its due instant unmet (published once per target and due instant). */
public record SlaBreached(CaseId caseId, OrganisationId organisationId, SlaTarget.Metric metric, Instant dueAt, Instant at) {
}
