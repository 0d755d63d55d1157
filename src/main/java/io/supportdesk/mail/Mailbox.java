package io.supportdesk.mail;

import io.supportdesk.shared.Language;

/**
 * A support mailbox Supportdesk reads: the configured one ({@code supportdesk.mail.inbound.*}), more
 * listed under {@code supportdesk.mail.mailboxes[n].*} (one per language or product), or the demo's
 * embedded one.
 *
 * @param defaultSeverity the severity a case opened from this mailbox proposes
 * @param language the language of the cases it opens when the mail's own cannot be told (a mailbox per
 * language), before the sender's; null: the sender's
 */
record Mailbox(String protocol, String host, int port, String username, String password, String folder,
		int defaultSeverity, Language language) {

	/** A mailbox whose cases propose severity 3 and speak the mail's (else the sender's) language. */
	Mailbox(String protocol, String host, int port, String username, String password, String folder) {
		this(protocol, host, port, username, password, folder, 3, null);
	}

	/** The mailbox's name in the records of what was read (unique keys are per mailbox). */
	String name() {
		return username + "@" + host + ":" + port + "/" + folder;
	}

	/** Its name: never the password, which a log line or an error page would otherwise show. */
	@Override
	public String toString() {
		return name();
	}
}
