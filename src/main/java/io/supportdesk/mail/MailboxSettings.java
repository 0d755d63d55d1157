package io.supportdesk.mail;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.supportdesk.shared.Language;

/**
 * One more support mailbox, {@code supportdesk.mail.mailboxes[n].*}: read like the main one, every
 * mailbox with its own records of what was read.
 *
 * @param protocol {@code imap} or {@code imaps}
 * @param port the server's port; by default 143 for imap, 993 for imaps
 * @param folder the folder read, {@code INBOX} by default
 * @param defaultSeverity the severity a case opened from it proposes
 * @param language the language of its cases when the mail's own cannot be told ({@code de} for a
 * German mailbox); unset: the sender's
 */
record MailboxSettings(String host, Integer port, @DefaultValue("imap") String protocol, String username,
		String password, @DefaultValue("INBOX") String folder, @DefaultValue("3") int defaultSeverity,
		Language language) {

	Mailbox mailbox() {
		boolean secure = "imaps".equalsIgnoreCase(protocol);
		return new Mailbox(protocol, host, port != null ? port : secure ? 993 : 143, username, password, folder,
				defaultSeverity, language);
	}
}
