package io.supportdesk.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's own mail server: with the {@code demo} profile and no {@code spring.mail.host}, an
 * embedded GreenMail on localhost takes Supportdesk's mail over SMTP and lets anybody read it over
 * IMAP — every address has a mailbox, created on first use, and any password opens it (it is a demo
 * server: never expose it). Its ports are {@code supportdesk.mail.demo-smtp-port} and
 * {@code demo-imap-port} (3025 and 3143), printed at start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "embedded", matchIfMissing = true)
class DemoMailServer {

	private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

	@Bean(destroyMethod = "stop")
	GreenMail demoGreenMail(MailSettings settings) {
		GreenMail server = new GreenMail(new ServerSetup[] {
				new ServerSetup(settings.demoSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(settings.demoImapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		log.info("Demo mail server: SMTP on localhost:{}, IMAP on localhost:{} (any address, any password); "
				+ "Supportdesk sends as {}", server.getSmtp().getPort(), server.getImap().getPort(), settings.address());
		return server;
	}

	/** The support mailbox on the demo server (unless a real one is configured). */
	@Bean
	@ConditionalOnProperty(name = "supportdesk.mail.inbound.host", havingValue = "embedded", matchIfMissing = true)
	Mailbox demoMailbox(GreenMail demoGreenMail, MailSettings settings) {
		return new Mailbox("imap", "127.0.0.1", demoGreenMail.getImap().getPort(), settings.address(), "demo", "INBOX");
	}

	@Bean
	JavaMailSenderImpl demoMailSender(GreenMail demoGreenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(demoGreenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}
}
