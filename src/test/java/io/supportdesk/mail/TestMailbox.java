package io.supportdesk.mail;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.icegreen.greenmail.util.GreenMail;

/** The support mailbox the test context reads: {@code support@supportdesk.local} on the test mail server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailbox {

	/** The support address mail is sent to in tests. */
	public static final String SUPPORT = "support@supportdesk.local";

	/** A second support mailbox, for German mail: its cases propose severity 2 and speak German. */
	public static final String SUPPORT_DE = "support-de@supportdesk.local";

	@Bean
	Mailbox testSupportMailbox(GreenMail testGreenMail) {
		return new Mailbox("imap", "127.0.0.1", testGreenMail.getImap().getPort(), SUPPORT, "test", "INBOX");
	}

	@Bean
	Mailbox testGermanMailbox(GreenMail testGreenMail) {
		return new Mailbox("imap", "127.0.0.1", testGreenMail.getImap().getPort(), SUPPORT_DE, "test", "INBOX", 2,
				io.supportdesk.shared.Language.DE);
	}
}
