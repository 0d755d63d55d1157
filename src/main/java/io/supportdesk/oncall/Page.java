package io.supportdesk.oncall;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/**
 * One page, as staff read it.
 *
 * @param role why this person: TAM, PRIMARY, SECONDARY, TEAM_LEAD or MANAGER
 * @param state OPEN (waiting for an acknowledgement), ACKNOWLEDGED, or ESCALATED (the next level was paged)
 */
public record Page(UUID id, CaseId caseId, int step, String role, UserId userId, String userName, String state,
		Instant raisedAt, Instant acknowledgeBy, Instant acknowledgedAt, UserId acknowledgedBy, Instant escalatedAt) {
}
