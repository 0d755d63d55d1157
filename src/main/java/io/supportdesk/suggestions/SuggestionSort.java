package io.supportdesk.suggestions;

/** How a list of suggestions is ordered. */
public enum SuggestionSort {
	/** Most votes first. */
	VOTES,
	/** Most votes in the last 30 days first. */
	TRENDING,
	/** Newest first. */
	NEWEST
}
