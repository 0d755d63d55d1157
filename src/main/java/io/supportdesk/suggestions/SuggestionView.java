package io.supportdesk.suggestions;

import java.time.Instant;
import java.util.List;

/**
 * A suggestion as its reader sees it. Names of other organisations and their people never reach a
 * customer: {@code author} and comment authors read "a customer" unless it is the reader or the product
 * team (rendered by the pages in the reader's language; see {@link Author}).
 */
public record SuggestionView(SuggestionId id, String title, String description, String product,
		SuggestionStatus status, String statusDetail, Author author, Instant createdAt, long votes, boolean votedByMe,
		boolean following, List<Comment> comments, List<StatusEntry> history) {

	public SuggestionView {
		comments = List.copyOf(comments);
		history = List.copyOf(history);
	}

	/**
	 * Who wrote something, as the reader may know them: {@code YOU}, {@code STAFF} (with the name, for staff
	 * readers; the product team otherwise), {@code CUSTOMER} (the name and organisation only for staff readers).
	 */
	public record Author(Kind kind, String name, String organisation) {

		public enum Kind {
			YOU, STAFF, CUSTOMER
		}
	}

	/** A comment. */
	public record Comment(Author author, String body, Instant at) {
	}

	/** A status the suggestion had, with the public response. */
	public record StatusEntry(SuggestionStatus status, String detail, String response, Instant at) {
	}
}
