package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.UserId;

/** The case was assigned to an agent and/or a team (either may be null); {@code status} is the case's status after it. */
public record CaseAssigned(CaseId caseId, OrganisationId organisationId, Instant at, UserId assignee, TeamId team,
		CaseStatus status) {
}
