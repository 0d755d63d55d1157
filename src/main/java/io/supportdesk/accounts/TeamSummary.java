package io.supportdesk.accounts;

import java.util.Set;

/** A read-only view of a team; {@code leadId} may be null. */
public record TeamSummary(TeamId id, String name, UserId leadId, Set<UserId> members) {
}
