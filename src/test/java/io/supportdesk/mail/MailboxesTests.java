package io.supportdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.supportdesk.shared.Language;

/** The mailboxes listed under {@code supportdesk.mail.mailboxes[n].*}, bound as Spring Boot binds them. */
class MailboxesTests {

	@Test
	void listedMailboxesAreReadAfterTheMainOneWithTheirOwnSeverityLanguageAndDefaultPorts() {
		Mailboxes mailboxes = mailboxes(Map.of(
				"supportdesk.mail.mailboxes[0].host", "imap.example", "supportdesk.mail.mailboxes[0].username", "de@example",
				"supportdesk.mail.mailboxes[0].password", "secret", "supportdesk.mail.mailboxes[0].language", "de",
				"supportdesk.mail.mailboxes[0].default-severity", "2", "supportdesk.mail.mailboxes[1].host", "imap.example",
				"supportdesk.mail.mailboxes[1].protocol", "imaps", "supportdesk.mail.mailboxes[1].username", "exams@example",
				"supportdesk.mail.mailboxes[1].folder", "Exams"));

		assertThat(mailboxes.all()).extracting(Mailbox::name)
			.containsExactly("main@localhost:143/INBOX", "de@example@imap.example:143/INBOX", "exams@example@imap.example:993/Exams");
		Mailbox german = mailboxes.named("de@example@imap.example:143/INBOX").orElseThrow();
		assertThat(german.language()).isEqualTo(Language.DE);
		assertThat(german.defaultSeverity()).isEqualTo(2);
		assertThat(mailboxes.named("exams@example@imap.example:993/Exams").orElseThrow().defaultSeverity()).isEqualTo(3);
		// a mailbox's password never shows in a log line that prints it
		assertThat(german.toString()).doesNotContain("secret");
	}

	@Test
	void theSameMailboxListedTwiceIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> mailboxes(Map.of("supportdesk.mail.mailboxes[0].host",
				"localhost", "supportdesk.mail.mailboxes[0].username", "main")))
			.withMessageContaining("main@localhost:143/INBOX");
	}

	@Test
	void aListedMailboxWithoutHostIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> mailboxes(Map.of("supportdesk.mail.mailboxes[0].username", "nobody")))
			.withMessageContaining("mailboxes[0]");
	}

	private static Mailboxes mailboxes(Map<String, String> properties) {
		MailSettings settings = new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("supportdesk.mail", MailSettings.class);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("main", new Mailbox("imap", "localhost", 143, "main", "x", "INBOX"));
		return new Mailboxes(beans.getBeanProvider(Mailbox.class), settings);
	}
}
