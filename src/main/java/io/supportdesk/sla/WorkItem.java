package io.supportdesk.sla;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/**
 * One case of the work list, read from its stored SLA: what orders it (severity, priority queueing,
 * first-response due instant, opening) and its countdown badge as of the read.
 */
public record WorkItem(CaseId caseId, String reference, OrganisationId organisationId, String subject, int severity,
		boolean priorityQueueing, Instant firstResponseDue, String firstResponseState, String status, String language,
		UserId assigneeId, Instant openedAt, Badge badge) {
}
