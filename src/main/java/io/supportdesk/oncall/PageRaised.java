package io.supportdesk.oncall;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/**
 * Somebody was paged about a Severity 1 case: {@code role} says why them (TAM, PRIMARY, SECONDARY,
 * TEAM_LEAD, MANAGER); they are to acknowledge by {@code acknowledgeBy}, or the next level is paged.
 */
public record PageRaised(UUID pageId, CaseId caseId, OrganisationId organisationId, UserId userId, String role,
		int step, Instant at, Instant acknowledgeBy) {
}
