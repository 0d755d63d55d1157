package io.supportdesk.queue;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.Badge;
import io.supportdesk.sla.WorkItem;

/** One case in the queue, with what orders it and its SLA countdown as of the read. */
public record QueueEntry(CaseId caseId, String reference, OrganisationId organisationId, String subject, int severity,
		boolean priorityQueueing, Instant firstResponseDue, String firstResponseState, String status, String language,
		UserId assigneeId, Instant openedAt, Badge badge) {

	static QueueEntry of(WorkItem item) {
		return new QueueEntry(item.caseId(), item.reference(), item.organisationId(), item.subject(), item.severity(),
				item.priorityQueueing(), item.firstResponseDue(), item.firstResponseState(), item.status(),
				item.language(), item.assigneeId(), item.openedAt(), item.badge());
	}
}
