package io.supportdesk.queue;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/** One case in the queue, with what orders it. */
public record QueueEntry(CaseId caseId, String reference, OrganisationId organisationId, String subject, int severity,
		boolean priorityQueueing, Instant firstResponseDue, String firstResponseState, String status, String language,
		UserId assigneeId, Instant openedAt) {
}
