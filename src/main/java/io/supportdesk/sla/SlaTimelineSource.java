package io.supportdesk.sla;

import java.util.List;

import io.supportdesk.cases.CaseId;

/**
 * Events of other modules that belong on a case's SLA timeline without moving a target: the on-call
 * pages of a Severity 1 case, their escalations and acknowledgements. The module that holds them
 * implements this interface (the SLA module depends on none of them); {@link SlaManagement#sla} merges
 * the entries into the timeline by instant for staff readers. Customers never see them: who was paged
 * is staff business.
 */
public interface SlaTimelineSource {

	/** The case's entries, in any order; their lines render through {@link SlaExplanation} like the SLA's own. */
	List<SlaState.TimelineEntry> entries(CaseId caseId);
}
