package io.supportdesk.suggestions;

/** Where a suggestion stands; every change carries a public response of the product team. */
public enum SuggestionStatus {
	UNDER_REVIEW, PLANNED, IN_PROGRESS,
	/** Shipped, in a version (the change names it). */
	SHIPPED,
	/** Declined, for a reason (the change gives it). */
	DECLINED
}
