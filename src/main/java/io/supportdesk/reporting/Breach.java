package io.supportdesk.reporting;

import java.time.Instant;
import java.util.List;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;

/**
 * A breached target with its case: when it was due, when it was breached, when (if ever) it was answered,
 * and the SLA explanation the case page shows — the case's timeline as the sla module evaluates it.
 *
 * @param index the target's position among those of its metric (0: the first response; updates count on)
 * @param answeredAt the late reply, null while unanswered
 */
public record Breach(CaseId caseId, String reference, OrganisationId organisationId, String plan, int severity,
		SlaTarget.Metric metric, int index, Instant openedAt, Instant startedAt, Instant dueAt, Instant breachedAt,
		Instant answeredAt, List<SlaState.TimelineEntry> explanation) {

	public Breach {
		explanation = List.copyOf(explanation);
	}
}
