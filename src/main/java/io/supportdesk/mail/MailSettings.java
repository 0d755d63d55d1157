package io.supportdesk.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supportdesk.mail.*}.
 *
 * @param address the support address: From and Reply-To of every mail, and the domain of our Message-IDs
 * @param maxAttempts how many times a mail is tried before it counts as failed
 * @param retryBackoff the wait after the first failed attempt; it doubles with every further one
 * @param demoSmtpPort the embedded demo server's SMTP port (demo profile without SMTP settings; 0: any free one)
 * @param demoImapPort the embedded demo server's IMAP port
 * @param autoRepliesPerRecipient how many automatic answers (acknowledgements) one address receives
 * within {@code autoReplyWindow}; more are recorded as suppressed, not sent (a sender whose mail loops,
 * or who writes many mails, is not flooded)
 * @param autoReplyWindow the window of that limit
 * @param mailboxes more support mailboxes read besides {@code supportdesk.mail.inbound.*} (one per
 * language or product)
 * @param idle whether a mailbox whose server offers IMAP IDLE is watched, so that a mail is read as it
 * arrives rather than at the next poll (polling continues, as a fallback)
 */
@ConfigurationProperties("supportdesk.mail")
record MailSettings(@DefaultValue("support@supportdesk.local") String address, @DefaultValue("8") int maxAttempts,
		@DefaultValue("1m") Duration retryBackoff, @DefaultValue("3025") int demoSmtpPort,
		@DefaultValue("3143") int demoImapPort, @DefaultValue("5") int autoRepliesPerRecipient,
		@DefaultValue("1h") Duration autoReplyWindow, @DefaultValue List<MailboxSettings> mailboxes,
		@DefaultValue("true") boolean idle) {

	/** The domain our Message-IDs are made in. */
	String domain() {
		return address.substring(address.indexOf('@') + 1);
	}
}
