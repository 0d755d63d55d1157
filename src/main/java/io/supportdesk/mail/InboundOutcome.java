package io.supportdesk.mail;

/** What an inbound message did. */
public enum InboundOutcome {
	/** It opened a case. */
	CASE_OPENED,
	/** It became a customer reply on a case. */
	REPLY,
	/** A delivery report, recorded against the outbound mail it reports on. */
	BOUNCE,
	/** Kept whole in the quarantine for staff: an unknown sender, automatic mail, no subscription. */
	QUARANTINED,
	/** Our own mail come back: nothing is done, so nothing loops. */
	IGNORED,
	/** The same message was read before (delivered twice, or read again after a crash): nothing changed. */
	ALREADY_READ
}
