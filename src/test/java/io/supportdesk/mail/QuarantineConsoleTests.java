package io.supportdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.util.GreenMail;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * The console's quarantine page: staff read a quarantined mail, assign it to an organisation (and land
 * on the case it opened) or reject it; a refused choice is named next to the field; customers see none of it.
 */
@SupportdeskTest
class QuarantineConsoleTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	InboundReader reader;

	@Autowired
	MailInbox inbox;

	@Autowired
	GreenMail greenMail;

	@Test
	void staffReadAQuarantinedMailAndAssignItToAnOrganisationLandingOnItsCase() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		String sender = "someone-" + UUID.randomUUID() + "@unknown.example";
		deliver(sender, "Certificate missing", "My certificate never arrived after the exam.");
		reader.poll();
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		String list = agent.get("/console/mail/quarantine").body();
		assertThat(list).contains(sender, "Certificate missing", "unknown sender", "class=\"hint inbound-status\"")
			.doesNotContain("id=\"inbound-off\"");
		String page = "/console/mail/quarantine/" + idOf(sender);
		assertThat(agent.get(page).body()).contains("My certificate never arrived after the exam.",
				"value=\"" + tenant.id() + "\"");

		HttpResponse<String> unchosen = agent.form(page, page + "/assign", Map.of("organisationId", ""));
		assertThat(unchosen.statusCode()).isEqualTo(200);
		assertThat(unchosen.body()).contains("id=\"quarantine-error\"", "Choose the organisation the mail belongs to.");

		HttpResponse<String> assigned = agent.form(page, page + "/assign", Map.of("organisationId", tenant.id().toString()));
		assertThat(assigned.statusCode()).isEqualTo(302);
		String location = assigned.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/console/cases/[0-9a-f-]{36}");
		assertThat(agent.get(location.substring(location.indexOf("/console"))).body())
			.contains("Certificate missing", "The mail was assigned: here is its case.");
		assertThat(agent.get(page).statusCode()).as("decided: no longer in the quarantine").isEqualTo(404);
	}

	@Test
	void aRejectedMailLeavesTheListAndCustomersSeeNoQuarantine() throws Exception {
		String sender = "spam-" + UUID.randomUUID() + "@unknown.example";
		deliver(sender, "Cheap watches", "Buy now.");
		reader.poll();
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String page = "/console/mail/quarantine/" + idOf(sender);

		HttpResponse<String> rejected = agent.form(page, page + "/reject", Map.of());
		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(agent.get("/console/mail/quarantine").body()).doesNotContain(sender)
			.contains("The mail was rejected. It stays stored.");

		AccountFixtures.Tenant tenant = accounts.tenant();
		WebSession customer = WebSession.signIn(port, tenant.userEmail());
		assertThat(customer.get("/console/mail/quarantine").statusCode()).isEqualTo(403);
		assertThat(agent.get("/console/mail/quarantine/not-an-id").statusCode()).isEqualTo(404);
	}

	@Test
	void aGermanAgentReadsTheQuarantineInGerman() throws Exception {
		String sender = "fremd-" + UUID.randomUUID() + "@unknown.example";
		deliver(sender, "Zertifikat", "Wo ist mein Zertifikat?");
		reader.poll();
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		assertThat(agent.get("/console/mail/quarantine?lang=de").body()).contains("Mail in Quarantäne", "unbekannter Absender");
	}

	private String idOf(String sender) {
		return inbox.quarantine(CurrentUser.system()).stream().filter(q -> sender.equals(q.sender())).findFirst()
			.orElseThrow().id().toString();
	}

	private void deliver(String from, String subject, String text) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(TestMailbox.SUPPORT));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		message.saveChanges();
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
		greenMail.setUser(TestMailbox.SUPPORT, TestMailbox.SUPPORT, "test").deliver(message);
	}
}
