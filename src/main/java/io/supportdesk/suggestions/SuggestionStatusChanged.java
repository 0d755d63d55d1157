package io.supportdesk.suggestions;

import java.time.Instant;

/** A suggestion has a new status with a public response (published after its transaction commits). */
public record SuggestionStatusChanged(SuggestionId id, String title, SuggestionStatus status, String detail,
		String response, Instant at) {
}
