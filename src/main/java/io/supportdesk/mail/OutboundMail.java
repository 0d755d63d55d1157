package io.supportdesk.mail;

import java.util.Objects;

import io.supportdesk.cases.CaseId;

/**
 * A mail to send.
 *
 * @param cause what it answers, unique per recipient: the same cause and recipient is stored once, so
 * an event delivered twice sends one mail (for example {@code case-opened:<case id>})
 * @param recipient the address
 * @param caseId the case it is about, null for none
 * @param kind why it goes out
 * @param subject the subject, in the recipient's language
 * @param text the plain-text body
 * @param html the HTML body (already escaped and safe), null for text only
 */
public record OutboundMail(String cause, String recipient, CaseId caseId, MailKind kind, String subject, String text,
		String html) {

	public OutboundMail {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
	}
}
