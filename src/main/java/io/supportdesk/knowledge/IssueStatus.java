package io.supportdesk.knowledge;

/** Where a known issue stands. */
public enum IssueStatus {
	/** Not fixed yet: the workaround is the answer. */
	OPEN,
	/** Fixed in the version the article names. */
	FIXED
}
