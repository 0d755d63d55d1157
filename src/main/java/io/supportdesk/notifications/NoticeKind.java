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
	PAGED
}
