package io.supportdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * The outbound mail over real SMTP (GreenMail): a new case's acknowledgement, support's replies to the
 * requester and the colleagues the case is shared with, threaded; one mail per cause and recipient;
 * a refused mail retried with backoff and sent once.
 */
@SupportdeskTest
class MailOutboxTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	PlanFixtures plans;

	@Autowired
	CaseManagement cases;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JavaMailSenderImpl smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Test
	void aNewCaseIsAcknowledgedToItsRequesterInTheirLanguageWithTheCommittedFirstResponse() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		accountManagement.changePreferences(accounts.as(tenant.userId()), Language.DE, ZoneId.of("Europe/Berlin"));

		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Prüfungsraum eingefroren", "description", "Nichts geht.", "severity", 2))
			.json().get("id").asString();

		MimeMessage ack = delivered(tenant.userEmail(), MailKind.ACKNOWLEDGEMENT, caseId);
		String reference = cases.caseView(accounts.as(tenant.userId()), CaseId.parse(caseId, "id")).reference().toString();
		assertThat(ack.getSubject()).isEqualTo("[" + reference + "] Wir haben Ihren Fall erhalten: Prüfungsraum eingefroren");
		assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
		assertThat(ack.getHeader("References")).containsExactly(outbox.threadOf(CaseId.parse(caseId, "id")));
		assertThat(ack.getReplyTo()[0].toString()).isEqualTo("support@supportdesk.local");
		// Premier, severity 2: the committed instant, in Berlin time with its German abbreviation
		assertThat(text(ack)).contains("spätestens bis").containsPattern("MES?Z");
	}

	@Test
	void aPublicReplyReachesTheRequesterAndTheColleaguesItIsSharedWithThreadedAsOneConversation() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam room frozen", "description", "Nothing moves.", "severity", 3))
			.json().get("id").asString();
		CaseId id = CaseId.parse(caseId, "id");
		cases.share(accounts.as(tenant.userId()), id, tenant.adminId());

		cases.reply(accounts.as(accounts.staff(Role.AGENT).id()), id, "Restart the proctoring agent, please.", true);
		cases.reply(accounts.as(accounts.staff(Role.AGENT).id()), id, "An internal note nobody mails.", false);

		MimeMessage toRequester = delivered(tenant.userEmail(), MailKind.SUPPORT_REPLY, caseId);
		MimeMessage toColleague = delivered(tenant.adminEmail(), MailKind.SUPPORT_REPLY, caseId);
		for (MimeMessage reply : List.of(toRequester, toColleague)) {
			assertThat(text(reply)).contains("Restart the proctoring agent, please.")
				.doesNotContain("internal note");
			assertThat(reply.getHeader("In-Reply-To")).containsExactly(outbox.threadOf(id));
			assertThat(reply.getHeader("Auto-Submitted")).as("a person wrote it").isNull();
		}
		// the customers' mail of the case (SLA notices to staff may join it when the shared clock has moved on)
		assertThat(outbox.ofCase(id)).extracting(Delivery::kind).filteredOn(kind -> kind != MailKind.SLA_NOTICE)
			.containsExactlyInAnyOrder(MailKind.ACKNOWLEDGEMENT, MailKind.SUPPORT_REPLY, MailKind.SUPPORT_REPLY);
	}

	@Test
	void aPortalCustomerWhoSwitchedCaseMailOffGetsNoneWhileTheirColleagueStillDoes() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER); // portal case management: the portal is their channel
		WebSession requester = WebSession.signIn(port, tenant.userEmail());
		// the account form without its ticked box: case mail off
		assertThat(requester.form("/portal/account", "/portal/account/preferences",
				Map.of("language", "EN", "timeZone", "Europe/London", "_caseMail", "on")).statusCode()).isEqualTo(302);
		assertThat(accountManagement.findUser(tenant.userId()).orElseThrow().caseMail()).isFalse();
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Quiet please", "description", "Portal only.", "severity", 3))
			.json().get("id").asString();
		CaseId id = CaseId.parse(caseId, "id");
		cases.share(accounts.as(tenant.userId()), id, tenant.adminId());

		cases.reply(accounts.as(accounts.staff(Role.AGENT).id()), id, "Answered in the portal.", true);

		delivered(tenant.adminEmail(), MailKind.SUPPORT_REPLY, caseId);
		// the colleague's reply went out in the same delivery of the event as the requester's would have
		assertThat(outbox.ofCase(id)).filteredOn(d -> d.recipient().equals(tenant.userEmail())).isEmpty();
	}

	@Test
	void aStandardCustomerReceivesCaseMailEvenWithItSwitchedOffForMailIsTheirChannel() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD); // no portal case management
		Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.put("/api/me/preferences", Map.of("language", "EN", "timeZone", "Europe/London", "caseMail", false));
		assertThat(accountManagement.findUser(tenant.userId()).orElseThrow().caseMail()).isFalse();

		CaseId id = transactions.execute(status -> cases.openByMail(tenant.userId(), "By mail", "Mail is all I have.", "en", 3, null).id());

		delivered(tenant.userEmail(), MailKind.ACKNOWLEDGEMENT, id.toString());
	}

	@Test
	void theSameCauseGoesToARecipientOnceHoweverOftenItIsQueued() {
		String cause = "test:" + System.nanoTime();
		OutboundMail mail = new OutboundMail(cause, "once@example.com", null, MailKind.SLA_NOTICE, "Once", "Once.", null);

		boolean first = transactions.execute(status -> outbox.enqueue(mail));
		boolean again = transactions.execute(status -> outbox.enqueue(mail));

		assertThat(first).isTrue();
		assertThat(again).isFalse();
		assertThat(jdbc.sql("select count(*) from mail_outbox where cause = :cause").param("cause", cause)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void oneAddressReceivesAtMostFiveAutomaticAnswersAnHourTheRestAreRecordedAsSuppressed() {
		String recipient = "flood-" + java.util.UUID.randomUUID() + "@customer.example";
		// six new cases from one address within the hour (a loop, or a busy sender): five acknowledgements
		// go out, the sixth is kept as SUPPRESSED; the address is compared case-insensitively
		for (int i = 1; i <= 6; i++) {
			String to = i % 2 == 0 ? recipient.toUpperCase(java.util.Locale.ROOT) : recipient;
			String cause = "flood-ack-" + i + ":" + recipient;
			transactions.execute(status -> outbox.enqueue(
					new OutboundMail(cause, to, null, MailKind.ACKNOWLEDGEMENT, "Ack", "We got it.", null)));
		}
		// a person's reply is no automatic answer: never limited
		transactions.execute(status -> outbox.enqueue(new OutboundMail("flood-reply:" + recipient, recipient, null,
				MailKind.SUPPORT_REPLY, "Re", "An answer.", null)));

		assertThat(jdbc.sql("select state from mail_outbox where lower(recipient) = :r order by cause")
			.param("r", recipient).query(String.class).list())
			.containsExactly("QUEUED", "QUEUED", "QUEUED", "QUEUED", "QUEUED", "SUPPRESSED", "QUEUED");
		// an hour later the address may be answered again
		clock.advance(Duration.ofMinutes(61));
		transactions.execute(status -> outbox.enqueue(new OutboundMail("flood-ack-7:" + recipient, recipient, null,
				MailKind.ACKNOWLEDGEMENT, "Ack", "We got it.", null)));
		assertThat(jdbc.sql("select state from mail_outbox where cause = :c").param("c", "flood-ack-7:" + recipient)
			.query(String.class).single()).isEqualTo("QUEUED");
	}

	@Test
	void aMailTheServerRefusesStaysQueuedIsTriedAgainAfterTheBackoffAndIsSentOnce() {
		String recipient = "retry-" + System.nanoTime() + "@example.com";
		String cause = "test:" + System.nanoTime();
		int smtpPort = smtp.getPort();
		smtp.setPort(1); // nothing listens there: every attempt is refused
		try {
			transactions.execute(status -> outbox.enqueue(
					new OutboundMail(cause, recipient, null, MailKind.SLA_NOTICE, "Retry", "Retry me.", null)));
			sender.sendDue();
			Map<String, Object> row = jdbc.sql("select state, attempts, last_error, next_attempt_at from mail_outbox where cause = :cause")
				.param("cause", cause).query().singleRow();
			assertThat(row.get("state")).isEqualTo("QUEUED");
			assertThat(row.get("attempts")).isEqualTo(1);
			assertThat(row.get("last_error")).isNotNull();
		}
		finally {
			smtp.setPort(smtpPort);
		}
		// not due again before the backoff (1 minute after the first attempt)
		sender.sendDue();
		assertThat(received(recipient)).isEmpty();

		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			sender.sendDue();
			assertThat(received(recipient)).hasSize(1);
		});
		sender.sendDue();
		assertThat(received(recipient)).as("sent once").hasSize(1);
		assertThat(jdbc.sql("select state from mail_outbox where cause = :cause").param("cause", cause)
			.query(String.class).single()).isEqualTo("SENT");
	}

	@Test
	void staffSeeACasesMailOnTheCasePageAndInTheDeliveryLogAndCustomersSeeNeither() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Mail log check", "description", "x", "severity", 3))
			.json().get("id").asString();
		delivered(tenant.userEmail(), MailKind.ACKNOWLEDGEMENT, caseId);
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		String fragment = agent.get("/console/cases/" + caseId + "/mail").body();
		assertThat(fragment).contains(tenant.userEmail(), "acknowledgement", "mail-SENT").doesNotContain("mail-off");
		assertThat(agent.get("/console/mail?q=" + tenant.userEmail()).body()).contains(tenant.userEmail())
			.doesNotContain("@supportdesk.test");
		assertThat(agent.get("/console/cases/" + java.util.UUID.randomUUID() + "/mail").statusCode()).isEqualTo(404);
		WebSession customer = WebSession.signIn(port, tenant.userEmail());
		assertThat(customer.get("/console/mail").statusCode()).isEqualTo(403);
	}

	/** Waits for the listener to queue the mail and the sender to deliver it; returns what arrived. */
	private MimeMessage delivered(String recipient, MailKind kind, String caseId) throws Exception {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			sender.sendDue();
			assertThat(jdbc.sql("select state from mail_outbox where case_id = cast(:id as uuid) and recipient = :to and kind = :kind")
				.param("id", caseId).param("to", recipient).param("kind", kind.name()).query(String.class).list())
				.containsExactly("SENT");
		});
		String messageId = jdbc.sql("select message_id from mail_outbox where case_id = cast(:id as uuid) and recipient = :to and kind = :kind")
			.param("id", caseId).param("to", recipient).param("kind", kind.name()).query(String.class).single();
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> messageId(m).equals(messageId)).findFirst()
			.orElseThrow(() -> new AssertionError("no mail " + messageId + " arrived"));
	}

	private List<MimeMessage> received(String recipient) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The plain-text part, decoded. */
	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
