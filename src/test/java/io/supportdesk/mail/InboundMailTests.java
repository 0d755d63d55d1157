package io.supportdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.MessageKind;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Mail in the support mailbox (GreenMail over real IMAP) becoming cases and replies: threading by
 * In-Reply-To and by the reference in the subject, exactly once, no answer to machines, unknown senders
 * kept in the quarantine, nothing active kept from HTML.
 */
@SupportdeskTest
class InboundMailTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	io.supportdesk.accounts.AccountManagement accountManagement;

	@Autowired
	CaseManagement cases;

	@Autowired
	InboundReader reader;

	@Autowired
	InboundRouting routing;

	@Autowired
	MailInbox inbox;

	@Autowired
	MailOutbox outbox;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	io.supportdesk.MutableClock clock;

	@Autowired
	MailSettings mailSettings;

	@Autowired
	InboundSettings inboundSettings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.supportdesk.cases.CaseAttachments attachments;

	@Test
	void aStandardCustomersMailOpensACaseByMailWithTheMailboxsDefaultSeverity() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();

		String id = deliver(mail(tenant.userEmail(), "Exam export fails", "The CSV export stops at 99 %."));
		reader.poll();

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.channel()).isEqualTo(Channel.EMAIL);
		assertThat(opened.requesterId()).isEqualTo(tenant.userId());
		assertThat(opened.subject()).isEqualTo("Exam export fails");
		assertThat(opened.description()).isEqualTo("The CSV export stops at 99 %.");
		assertThat(opened.proposedSeverity()).isEqualTo(3);
		// the acknowledgement is queued for the sender after the commit: a Standard customer hears back
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(outbox.ofCase(opened.id())).extracting(Delivery::kind, Delivery::recipient)
				.contains(org.assertj.core.groups.Tuple.tuple(MailKind.ACKNOWLEDGEMENT, tenant.userEmail())));
	}

	@Test
	void aCaseByMailOpensWhenOurServerReceivedTheMailNotWhenItWasReadNorAtItsDateHeader() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		java.time.Instant now = clock.instant();
		// our mail server took it 20 minutes ago (the topmost Received header); the sender's clock said a day earlier
		java.time.Instant arrived = now.minus(java.time.Duration.ofMinutes(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		MimeMessage late = mail(tenant.userEmail(), "Read late", "Supportdesk was down for a while.");
		late.setHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
				arrived.minus(java.time.Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC)));
		late.addHeader("Received", "from mx.client.example by mail.supportdesk.local; "
				+ java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(arrived.atZone(java.time.ZoneId.of("Europe/Berlin")))
				+ " (CET)");
		MimeMessage future = mail(tenant.userEmail(), "From the future", "A server clock runs ahead.");
		future.addHeader("Received", "from mx by mail; " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(now.plus(java.time.Duration.ofHours(2)).atZone(java.time.ZoneOffset.UTC)));
		String lateId = deliver(late);
		String futureId = deliver(future);
		reader.poll();

		assertThat(caseOf(lateId, tenant).openedAt()).isEqualTo(arrived);
		assertThat(caseOf(futureId, tenant).openedAt()).as("a stamp ahead of now counts as now").isEqualTo(now);
	}

	@Test
	void aSecondMailboxIsReadTooAndItsCasesProposeItsSeverityInItsLanguage() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage message = mail(tenant.userEmail(), "Hilfe", "Geht nicht."); // too short to tell its language
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(TestMailbox.SUPPORT_DE));
		greenMail.setUser(TestMailbox.SUPPORT_DE, TestMailbox.SUPPORT_DE, "test").deliver(message);
		reader.poll();

		CaseView opened = caseOf(message.getMessageID(), tenant);
		assertThat(opened.channel()).isEqualTo(Channel.EMAIL);
		assertThat(opened.proposedSeverity()).isEqualTo(2);
		assertThat(opened.language()).isEqualTo("de"); // the mailbox's, not the sender's English
		assertThat(jdbc.sql("select mailbox from mail_inbound where message_key = :key")
			.param("key", message.getMessageID()).query(String.class).single())
			.isEqualTo(TestMailbox.SUPPORT_DE + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX");
	}

	@Test
	void aMailboxWatchedWithImapIdleIsReadAsSoonAsAMailArrives() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MailboxWatcher watcher = new MailboxWatcher(mailboxes, reader, withIdle(mailSettings), inboundSettings);
		Mailbox support = mailboxes.named(mailbox()).orElseThrow();
		watcher.start();
		try {
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.until(() -> watcher.watching(support));
			String id = deliver(mail(tenant.userEmail(), "Exam room offline", "Nobody can start."));
			// the poll interval is 1 h in tests and this test never polls: only the watcher can have read it
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
				.until(() -> inbox.caseOf(id).isPresent());
			assertThat(caseOf(id, tenant).subject()).isEqualTo("Exam room offline");
		}
		finally {
			watcher.stop();
		}
		assertThat(watcher.watching(support)).isFalse();
	}

	private static MailSettings withIdle(MailSettings s) {
		return new MailSettings(s.address(), s.maxAttempts(), s.retryBackoff(), s.demoSmtpPort(), s.demoImapPort(),
				s.autoRepliesPerRecipient(), s.autoReplyWindow(), s.mailboxes(), true);
	}

	@Test
	void aReplyNamingTheCasesThreadInInReplyToIsAReplyEvenWithAChangedSubject() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String first = deliver(mail(tenant.userEmail(), "Proctor app crashes", "On start."));
		reader.poll();
		CaseView opened = caseOf(first, tenant);

		MimeMessage reply = mail(tenant.userEmail(), "Something else entirely", "It crashes on Windows 11 only.");
		reply.setHeader("In-Reply-To", outbox.threadOf(opened.id()));
		String second = deliver(reply);
		reader.poll();

		assertThat(inbox.caseOf(second)).contains(opened.id());
		assertThat(customerReplies(opened.id())).containsExactly("It crashes on Windows 11 only.");
	}

	@Test
	void aReplyQuotingTheReferenceIsAReplyButOnlyForSomeoneWhoMayWriteOnTheCase() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String first = deliver(mail(tenant.userEmail(), "Login fails", "Since this morning."));
		reader.poll();
		CaseView opened = caseOf(first, tenant);
		String reference = opened.reference().toString();

		String byRequester = deliver(mail(tenant.userEmail(), "Re: [" + reference + "] Login fails", "Still failing."));
		AccountFixtures.Tenant stranger = standardTenant();
		String byStranger = deliver(mail(stranger.userEmail(), "[" + reference + "] hijack", "Let me in."));
		reader.poll();

		assertThat(inbox.caseOf(byRequester)).contains(opened.id());
		assertThat(inbox.caseOf(byStranger)).isPresent().isNotEqualTo(java.util.Optional.of(opened.id()));
		assertThat(customerReplies(opened.id())).containsExactly("Still failing.");
	}

	@Test
	void theSameMessageDeliveredTwiceOrReadAgainAfterACrashMakesOneCase() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage message = mail(tenant.userEmail(), "Twice " + UUID.randomUUID(), "Once, please.");
		String id = deliver(message);
		deliver(message);
		// a crash after the routing committed and before the message was flagged seen: it was routed once already
		assertThat(routing.route(mailbox(), InboundMessage.of(message))).isEqualTo(InboundOutcome.CASE_OPENED);

		reader.poll();
		reader.poll();

		assertThat(jdbc.sql("select count(*) from cases_case where subject = :s").param("s", message.getSubject())
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(inbox.caseOf(id)).isPresent();
	}

	@Test
	void autoRepliesBulkMailAndOurOwnMailOpenNothingAndGetNoAnswer() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage outOfOffice = mail(tenant.userEmail(), "Out of office", "Back on Monday.");
		outOfOffice.setHeader("Auto-Submitted", "auto-replied");
		MimeMessage bulk = mail(tenant.userEmail(), "Newsletter", "Our news.");
		bulk.setHeader("Precedence", "bulk");
		MimeMessage own = mail(TestMailbox.SUPPORT, "Looping", "Our own mail come back.");
		List<String> ids = List.of(deliver(outOfOffice), deliver(bulk), deliver(own));

		reader.poll();

		for (String id : ids) {
			assertThat(inbox.caseOf(id)).as(id).isEmpty();
		}
		assertThat(outcome(ids.get(0))).isEqualTo("QUARANTINED");
		assertThat(outcome(ids.get(1))).isEqualTo("QUARANTINED");
		assertThat(outcome(ids.get(2))).isEqualTo("IGNORED");
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", tenant.userEmail())
			.query(Integer.class).single()).as("nothing answered the machines").isZero();
	}

	@Test
	void aBounceIsRecordedAgainstTheMailItReportsOn() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String first = deliver(mail(tenant.userEmail(), "Bounce me", "Please."));
		reader.poll();
		CaseView opened = caseOf(first, tenant);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> !outbox.ofCase(opened.id()).isEmpty());
		Delivery ack = outbox.ofCase(opened.id()).get(0);

		MimeMessage report = new MimeMessage(Session.getInstance(new Properties()));
		report.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.com"));
		report.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(TestMailbox.SUPPORT));
		report.setSubject("Undelivered Mail Returned to Sender");
		MimeMultipart parts = new MimeMultipart("report; report-type=delivery-status");
		MimeBodyPart human = new MimeBodyPart();
		human.setText("The mail could not be delivered.");
		MimeBodyPart headers = new MimeBodyPart();
		headers.setContent("Message-ID: " + ack.messageId() + "\r\nSubject: x\r\n", "text/rfc822-headers");
		parts.addBodyPart(human);
		parts.addBodyPart(headers);
		report.setContent(parts);
		report.saveChanges();
		String id = deliver(report);
		reader.poll();

		assertThat(outcome(id)).isEqualTo("BOUNCE");
		assertThat(outbox.ofCase(opened.id()).get(0).state()).isEqualTo(DeliveryState.BOUNCED);
	}

	@Test
	void anUnknownSendersMailIsKeptWholeInTheQuarantineThatStaffSee() throws Exception {
		String sender = "stranger-" + UUID.randomUUID() + "@nowhere.example";
		String id = deliver(mail(sender, "Who am I", "Nobody knows me."));
		reader.poll();

		assertThat(outcome(id)).isEqualTo("QUARANTINED");
		Http.Response quarantine = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/mail/quarantine");
		assertThat(quarantine.json().valueStream().map(q -> q.get("sender").asString())).contains(sender);
		assertThat(jdbc.sql("select octet_length(raw) from mail_quarantine where message_key = :k").param("k", id)
			.query(Integer.class).single()).isGreaterThan(100);
		AccountFixtures.Tenant tenant = standardTenant();
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/mail/quarantine").status())
			.isEqualTo(403);
	}

	@Test
	void anUnknownSenderInAVerifiedDomainBecomesACustomerUserOfThatOrganisation() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String domain = "verified-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		assertThat(manager.put("/api/organisations/" + tenant.id() + "/domains", java.util.Map.of("domains", List.of(domain.toUpperCase()))).status())
			.isEqualTo(200);
		MimeMessage message = mail("new.colleague@" + domain, "First mail", "Hello from a new colleague.");
		message.setFrom(new InternetAddress("new.colleague@" + domain, "Nia Newcomer"));

		String id = deliver(message);
		reader.poll();

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.organisationId()).isEqualTo(tenant.id());
		io.supportdesk.accounts.UserSummary created = accountManagement.findUser(opened.requesterId()).orElseThrow();
		assertThat(created.name()).isEqualTo("Nia Newcomer");
		assertThat(created.role()).isEqualTo(Role.CUSTOMER_USER);
		assertThat(created.organisationId()).isEqualTo(tenant.id());
	}

	@Test
	void aDomainIsVerifiedByManagersOnlyForOneOrganisationAndMustBeADomain() {
		AccountFixtures.Tenant first = standardTenant();
		AccountFixtures.Tenant second = standardTenant();
		String domain = "owned-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		manager.put("/api/organisations/" + first.id() + "/domains", java.util.Map.of("domains", List.of(domain)));

		assertThat(manager.put("/api/organisations/" + second.id() + "/domains", java.util.Map.of("domains", List.of(domain))).status()).isEqualTo(409);
		Http.Response notADomain = manager.put("/api/organisations/" + second.id() + "/domains", java.util.Map.of("domains", List.of("not a domain")));
		assertThat(notADomain.status()).isEqualTo(400);
		assertThat(notADomain.json().get("errors").get(0).get("field").asString()).isEqualTo("domains[0]");
		assertThat(Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.put("/api/organisations/" + second.id() + "/domains", java.util.Map.of("domains", List.of("agent.example"))).status()).isEqualTo(403);
		assertThat(Http.basic(port, second.adminEmail(), AccountFixtures.PASSWORD)
			.get("/api/organisations/" + first.id() + "/domains").status()).isEqualTo(404);
		assertThat(manager.get("/api/organisations/" + first.id() + "/domains").json().get(0).asString()).isEqualTo(domain);
	}

	@Test
	void staffAssignAQuarantinedMailToAnOrganisationAndItOpensACaseForItsSenderOrRejectIt() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String sender = "walk-in-" + UUID.randomUUID().toString().substring(0, 8) + "@gmail.example";
		String id = deliver(mail(sender, "Please help", "I am with this organisation."));
		String spam = deliver(mail("spam-" + UUID.randomUUID() + "@spam.example", "Win", "Money."));
		reader.poll();
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		String quarantined = quarantineIdOf(agent, sender);
		String spamId = jdbc.sql("select id::text from mail_quarantine where message_key = :k").param("k", spam)
			.query(String.class).single();

		Http.Response assigned = agent.post("/api/mail/quarantine/" + quarantined + "/assign",
				java.util.Map.of("organisationId", tenant.id().toString()));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		assertThat(agent.post("/api/mail/quarantine/" + spamId + "/reject", java.util.Map.of()).status()).isEqualTo(204);

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.organisationId()).isEqualTo(tenant.id());
		assertThat(accountManagement.findUser(opened.requesterId()).orElseThrow().email()).isEqualTo(sender);
		assertThat(agent.get("/api/mail/quarantine").json().valueStream().map(q -> q.get("sender").asString()))
			.doesNotContain(sender).noneMatch(s -> s.startsWith("spam-") && s.contains(spam.substring(1, 6)));
		assertThat(agent.post("/api/mail/quarantine/" + quarantined + "/assign",
				java.util.Map.of("organisationId", tenant.id().toString())).status()).as("decided already").isEqualTo(404);
	}

	private String quarantineIdOf(Http staff, String sender) {
		return staff.get("/api/mail/quarantine").json().valueStream().filter(q -> q.get("sender").asString().equals(sender))
			.findFirst().orElseThrow().get("id").asString();
	}

	@Test
	void htmlMailKeepsItsTextAndNothingActive() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage html = mail(tenant.userEmail(), "HTML only", null);
		html.setContent("<html><body><p>Hello <b>support</b>,</p><script>alert('x')</script>"
				+ "<img src=x onerror=\"alert(1)\"><p>the room scan &amp; upload fail.</p></body></html>",
				"text/html; charset=UTF-8");
		html.saveChanges();
		html.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
		String id = deliver(html);
		reader.poll();

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.description()).isEqualTo("Hello support,\nthe room scan & upload fail.")
			.doesNotContain("script", "alert", "onerror", "<");
	}

	@Test
	void aMailsFilesBecomeCaseAttachmentsAndItsOriginalIsKeptWholeAsEml() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage message = mail(tenant.userEmail(), "Report attached", null);
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("The exam report is attached, and a screenshot.", "UTF-8");
		mixed.addBodyPart(text);
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setContent("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF".getBytes(
				java.nio.charset.StandardCharsets.ISO_8859_1), "application/octet-stream");
		pdf.setFileName("Prüfungsbericht.pdf");
		pdf.setDisposition(MimeBodyPart.ATTACHMENT);
		mixed.addBodyPart(pdf);
		MimeBodyPart image = new MimeBodyPart(); // inline, without a name: one is made up from its type
		image.setContent(PNG, "image/png");
		image.setDisposition(MimeBodyPart.INLINE);
		image.setContentID("<shot@client.example>");
		mixed.addBodyPart(image);
		message.setContent(mixed);
		message.saveChanges();
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
		java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
		message.writeTo(sent);
		String id = deliver(message);
		reader.poll();

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.description()).isEqualTo("The exam report is attached, and a screenshot.");
		List<io.supportdesk.cases.AttachmentView> files = attachments.attachments(
				io.supportdesk.accounts.CurrentUser.system(), opened.id());
		assertThat(files).extracting(io.supportdesk.cases.AttachmentView::filename, io.supportdesk.cases.AttachmentView::contentType)
			.contains(org.assertj.core.groups.Tuple.tuple("Prüfungsbericht.pdf", "application/pdf"),
					org.assertj.core.groups.Tuple.tuple("image-2.png", "image/png"));
		io.supportdesk.cases.AttachmentView original = files.stream().filter(f -> f.filename().endsWith(".eml"))
			.findFirst().orElseThrow();
		assertThat(original.filename()).matches("mail-\\d{8}-\\d{6}Z\\.eml");
		// the original as the mail server kept it: at least everything the client sent (servers add headers)
		assertThat(original.size()).isGreaterThanOrEqualTo(sent.size());
		try (java.io.InputStream content = attachments.download(io.supportdesk.accounts.CurrentUser.system(),
				opened.id(), original.id()).content()) {
			assertThat(new String(content.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
				.contains("Subject: Report attached", "filename");
		}
	}

	@Test
	void aFileOverTheAttachmentLimitIsNamedInTheTextAndKeptInTheOriginal() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		MimeMessage message = mail(tenant.userEmail(), "Full recording", null);
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Here is the whole session recording.", "UTF-8");
		mixed.addBodyPart(text);
		MimeBodyPart video = new MimeBodyPart();
		video.setContent(new byte[(int) attachments.maxAttachmentSize() + 1], "application/octet-stream");
		video.setFileName("session.webm");
		mixed.addBodyPart(video);
		message.setContent(mixed);
		message.saveChanges();
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
		String id = deliver(message);
		reader.poll();

		CaseView opened = caseOf(id, tenant);
		assertThat(opened.description()).startsWith("Here is the whole session recording.\n\n_Attachment session.webm (20.0 MB)")
			.contains("allowed for case attachments: it is kept in the original mail, mail-");
		assertThat(attachments.attachments(io.supportdesk.accounts.CurrentUser.system(), opened.id()))
			.extracting(io.supportdesk.cases.AttachmentView::filename).singleElement().asString().endsWith(".eml");
	}

	@Test
	void aMailsLanguageIsDetectedAndBecomesTheCasesLanguage() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant(); // the sender's own language is English
		String german = deliver(mail(tenant.userEmail(), "Prüfung lässt sich nicht starten",
				"Guten Tag, seit heute Morgen können unsere Kandidaten die Prüfung nicht mehr starten. Was können wir tun?"));
		String french = deliver(mail(tenant.userEmail(), "Impossible de lancer l'examen",
				"Bonjour, depuis ce matin nos candidats ne peuvent plus lancer l'examen. Que pouvons-nous faire ?"));
		String tooShort = deliver(mail(tenant.userEmail(), "Hilfe", "Danke"));
		reader.poll();

		assertThat(caseOf(german, tenant).language()).isEqualTo("de");
		assertThat(caseOf(french, tenant).language()).isEqualTo("fr");
		assertThat(caseOf(tooShort, tenant).language()).as("too short to tell: the sender's language").isEqualTo("en");
	}

	@Test
	void aRepliesQuotedHistoryIsKeptAsATrailingQuoteThatThePageFolds() throws Exception {
		AccountFixtures.Tenant tenant = standardTenant();
		String first = deliver(mail(tenant.userEmail(), "Webcam not found", "The proctor app does not see the webcam."));
		reader.poll();
		CaseView opened = caseOf(first, tenant);
		MimeMessage reply = mail(tenant.userEmail(), "Re: Webcam not found",
				"It works after the driver update, thanks!\n\nOn Wed, 2 Dec 2026 at 10:00, Support <support@example> wrote:\n"
						+ "> Please update the camera driver.\n");
		reply.setHeader("In-Reply-To", outbox.threadOf(opened.id()));
		deliver(reply);
		reader.poll();

		assertThat(customerReplies(opened.id())).containsExactly("It works after the driver update, thanks!\n\n"
				+ "> On Wed, 2 Dec 2026 at 10:00, Support <support@example> wrote:\n> > Please update the camera driver.");
	}

	/** A 1×1 PNG. */
	private static final byte[] PNG = java.util.Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private AccountFixtures.Tenant standardTenant() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		return tenant;
	}

	private MimeMessage mail(String from, String subject, String text) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(TestMailbox.SUPPORT));
		message.setSubject(subject, "UTF-8");
		if (text != null) {
			message.setText(text, "UTF-8");
		}
		message.saveChanges();
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
		return message;
	}

	/** Puts the message into the support mailbox as the mail server would; returns its Message-ID. */
	private String deliver(MimeMessage message) throws Exception {
		greenMail.setUser(TestMailbox.SUPPORT, TestMailbox.SUPPORT, "test").deliver(message);
		return message.getMessageID();
	}

	private String mailbox() {
		return TestMailbox.SUPPORT + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX";
	}

	private CaseView caseOf(String messageId, AccountFixtures.Tenant tenant) {
		CaseId id = inbox.caseOf(messageId).orElseThrow(() -> new AssertionError("no case from " + messageId
				+ ": " + outcome(messageId)));
		return cases.caseView(io.supportdesk.accounts.CurrentUser.system(), id);
	}

	private List<String> customerReplies(CaseId id) {
		return cases.caseView(io.supportdesk.accounts.CurrentUser.system(), id).messages().stream()
			.filter(m -> m.kind() == MessageKind.CUSTOMER_REPLY).map(CaseView.Message::body).toList();
	}

	private String outcome(String messageId) {
		return jdbc.sql("select outcome from mail_inbound where message_key = :k").param("k", messageId)
			.query(String.class).optional().orElse("not read");
	}
}
