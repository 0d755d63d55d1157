package io.supportdesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import io.supportdesk.shared.Language;

/**
 * {@code supportdesk.mail.inbound.*}: the support mailbox Supportdesk reads (off while {@code host} is
 * unset, except with the demo profile's embedded server).
 *
 * @param protocol {@code imap} or {@code imaps}
 * @param folder the folder read, {@code INBOX} by default
 * @param pollInterval how often the mailbox is read
 * @param defaultSeverity the severity a case opened by mail proposes (support classifies as usual)
 * @param maxMessageSize the largest mail that becomes a case or reply (its original is kept on the case
 * whole, over the attachment limit); a larger one goes to the quarantine
 * @param language the language of its cases when the mail's own cannot be told; unset: the sender's
 */
@ConfigurationProperties("supportdesk.mail.inbound")
record InboundSettings(String host, Integer port, @DefaultValue("imap") String protocol, String username,
		String password, @DefaultValue("INBOX") String folder, @DefaultValue("30s") Duration pollInterval,
		@DefaultValue("3") int defaultSeverity, @DefaultValue("40MB") DataSize maxMessageSize,
		Language language) {

	boolean configured() {
		return host != null && !host.isBlank();
	}
}
