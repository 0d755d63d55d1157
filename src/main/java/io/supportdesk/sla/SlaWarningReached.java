package io.supportdesk.sla;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseId;

/** A running target reached 75 or 90 % of its business time (published once per target, percentage and due instant). */
public record SlaWarningReached(CaseId caseId, OrganisationId organisationId, SlaTarget.Metric metric, int percent,
		Instant dueAt,
		Instant at) {
}
