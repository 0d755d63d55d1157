package io.supportdesk.mail;

/** Where a mail of the outbox stands. */
public enum DeliveryState {
	/** Waiting to be sent (again, after a failed attempt, at its next attempt). */
	QUEUED,
	/** The SMTP server accepted it. */
	SENT,
	/** Every attempt failed; nothing more is tried. */
	FAILED,
	/** Sent, but a delivery status notification came back for it. */
	BOUNCED,
	/**
	 * An automatic answer over the limit for its recipient: recorded, never sent (see
	 * {@code supportdesk.mail.auto-replies-per-recipient}).
	 */
	SUPPRESSED
}
