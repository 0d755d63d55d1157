package io.supportdesk.knowledge;

/** What an article is for. */
public enum ArticleKind {
	/** Step-by-step instructions. */
	HOW_TO,
	/** A defect customers may meet: the affected versions, a workaround, open or fixed in a version. */
	KNOWN_ISSUE,
	/** A frequently asked question and its answer. */
	FAQ
}
