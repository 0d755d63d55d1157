package io.supportdesk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on free ports for the shared test context, and the
 * application's mail sender pointed at it: every mail the application sends in a test is really sent
 * over SMTP and can be read back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail testGreenMail() {
		GreenMail server = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		return server;
	}

	@Bean
	JavaMailSenderImpl testMailSender(GreenMail testGreenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(testGreenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}
}
