package io.supportdesk.suggestions;

import java.time.Instant;

/**
 * A suggestion in a list.
 *
 * @param votes       votes counted (one per user and organisation)
 * @param recentVotes votes of the last 30 days
 * @param votedByMe   whether the reader's own vote is among them
 */
public record SuggestionSummary(SuggestionId id, String title, String product, SuggestionStatus status,
		String statusDetail, long votes, long recentVotes, boolean votedByMe, Instant createdAt) {
}
