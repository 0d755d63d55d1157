package io.supportdesk.mail;

/** Why a mail goes out; automatic kinds carry {@code Auto-Submitted} so that auto-responders stay quiet. */
public enum MailKind {
	/** The acknowledgement of a new case, with its reference and committed first response. */
	ACKNOWLEDGEMENT("auto-replied"),
	/** A public reply of support, to the requester and the colleagues the case is shared with. */
	SUPPORT_REPLY(null),
	/** An SLA warning or breach notice to a member of staff. */
	SLA_NOTICE("auto-generated"),
	/** A case was assigned to an agent (by someone else). */
	ASSIGNMENT("auto-generated"),
	/** A password reset link to the user who asked for it; its text is erased once it is sent. */
	PASSWORD_RESET("auto-generated"),
	/** A webhook endpoint was disabled after a delivery ran out of attempts: to its owner. */
	WEBHOOK_DISABLED("auto-generated"),
	/** A page about a Severity 1 case, with its acknowledge link. */
	PAGE("auto-generated"),
	/** A new version of a product the recipient asked to hear of. */
	NEW_VERSION("auto-generated"),
	/** News of a product suggestion the recipient follows or voted for (a new status and its response). */
	SUGGESTION_UPDATE("auto-generated"),
	/** A chat's transcript, to the participant who asked for it. */
	CHAT_TRANSCRIPT("auto-generated");

	private final String autoSubmitted;

	MailKind(String autoSubmitted) {
		this.autoSubmitted = autoSubmitted;
	}

	/**
	 * Whether it answers a sender automatically, so that one address receives only so many within a
	 * window ({@code supportdesk.mail.auto-replies-per-recipient}).
	 */
	public boolean automaticAnswer() {
		return this == ACKNOWLEDGEMENT;
	}

	/** The {@code Auto-Submitted} header (RFC 3834), null for mail a person wrote. */
	public String autoSubmitted() {
		return autoSubmitted;
	}
}
