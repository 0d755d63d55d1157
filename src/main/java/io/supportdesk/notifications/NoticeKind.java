package io.supportdesk.notifications;

/** What a notice is about. */
public enum NoticeKind {
	/** A running SLA target reached 75 or 90 % of its business time. */
	SLA_WARNING,
	/** An SLA target passed its due instant unmet. */
	SLA_BREACHED,
	/** The case was assigned to the reader by someone else (its instant is when). */
	ASSIGNED,
	/** The reader is paged about a Severity 1 case (its instant is when to acknowledge by). */
	PAGED,
	/** A new version of a product the reader watches (its instant is the release). */
	NEW_VERSION,
	/** A suggestion the reader follows or voted for has a new status (its instant is the change). */
	SUGGESTION_STATUS;

	/** Whether the notice is about a case (the others are about a product or a suggestion: a {@link Topic}). */
	boolean aboutCase() {
		return this != NEW_VERSION && this != SUGGESTION_STATUS;
	}
}
