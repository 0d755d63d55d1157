package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import io.supportdesk.cases.CaseStatus;
import io.supportdesk.cases.Channel;

/**
 * What the README's run command starts: the application with the {@code demo} profile. It is healthy,
 * the demo people listed in the README sign in with the README's password, and a newcomer meets the
 * story the demo cases tell (the README points to its cases): a queue with countdowns of every colour,
 * cases in every status, channel and language, a breach escalated to the TAM, a Severity 1 case with its
 * update cadence, and an exam-day case on the exam-window calendar. Its context is closed
 * after the class: no other test shares it, and a cached one would keep its SLA timer scheduler
 * polling the shared database, firing timers that SlaTimerTests expects its own instances to fire.
 */
@DirtiesContext
@SpringBootTest(classes = SupportdeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoProfileTests {

	/** The password the README lists for every demo user. */
	static final String README_PASSWORD = "supportdesk-demo";

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	com.icegreen.greenmail.util.GreenMail demoMail;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.mail.javamail.JavaMailSender demoSender;

	@org.springframework.beans.factory.annotation.Autowired
	io.supportdesk.mail.MailOutbox outbox;

	@Test
	void theDemosChatHasPastTranscriptsOneWithAFileConvertedIntoACaseAndAgentsOnline() {
		Http acme = Http.basic(port, "admin@acme.example", README_PASSWORD);
		JsonNode chats = acme.get("/api/chats").json();
		assertThat(chats.size()).isGreaterThanOrEqualTo(2);
		assertThat(acme.get("/api/chats/" + chats.get(0).get("id").asString()).json().get("transcript").size()).isPositive();
		Http maria = Http.basic(port, "maria.schmidt@supportdesk.local", README_PASSWORD);
		assertThat(maria.get("/api/chats").body()).contains("Candidate webcam not detected");
		Http northwind = Http.basic(port, "user@northwind.example", README_PASSWORD);
		JsonNode converted = northwind.get("/api/chats").json().get(0);
		assertThat(converted.get("caseId").isNull()).as("Northwind's chat was converted into a case").isFalse();
		assertThat(northwind.get("/api/chats/" + converted.get("id").asString()).body()).as("a file sent in the chat")
			.contains("device-check.txt");
		assertThat(northwind.get("/api/cases/" + converted.get("caseId").asString() + "/attachments").body())
			.as("and handed to its case").contains("device-check.txt");
		assertThat(maria.get("/api/chat/agents").body()).contains("Anna Berger").contains("ONLINE");
	}

	@Test
	void theDemoApplicationIsHealthy() {
		assertThat(Http.anonymous(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theDemosWebhooksReachItsReceiverSignedAndTheirLogShowsIt() {
		Http maria = Http.basic(port, "maria.schmidt@supportdesk.local", README_PASSWORD);
		tools.jackson.databind.JsonNode staff = maria.get("/api/webhooks").json();
		assertThat(staff.size()).isEqualTo(1);
		assertThat(Http.basic(port, "admin@globex.example", README_PASSWORD).get("/api/webhooks").json().get(0)
			.get("events").toString()).contains("case.opened");
		String endpoint = staff.get(0).get("id").asString();

		assertThat(maria.post("/api/webhooks/" + endpoint + "/test", java.util.Map.of()).status()).isEqualTo(202);

		// the demo receiver answers 204 only to a valid signature
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				maria.get("/api/webhooks/" + endpoint + "/deliveries").json().valueStream()
					.filter(d -> d.get("eventType").asString().equals("webhook.test")).findFirst().orElseThrow()
					.get("lastStatus").asInt()).isEqualTo(204));
		assertThat(WebSession.signIn(port, "maria.schmidt@supportdesk.local", README_PASSWORD).get("/console/webhooks/" + endpoint)
			.body()).contains("webhook.test").contains("zugestellt"); // Maria reads German
	}

	@Test
	void theDemoHasRotasAndItsOpenPremierSeverity1HasPagedTheTam() {
		Http tomas = Http.basic(port, "tomas.keller@supportdesk.local", README_PASSWORD);
		assertThat(tomas.get("/api/oncall/rotas").json().valueStream().map(r -> r.get("name").asString()))
			.contains("Primary", "Secondary");
		assertThat(tomas.get("/api/oncall/now").json().get("levels").size()).isEqualTo(2);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				WebSession.signIn(port, "tomas.keller@supportdesk.local", README_PASSWORD).get("/console/oncall").body())
			.contains("/console/oncall/pages/"));
		// his page is on the case's SLA timeline, and his conference next Thursday and Friday is recorded
		String page = WebSession.signIn(port, "tomas.keller@supportdesk.local", README_PASSWORD).get("/console/oncall").body();
		java.util.regex.Matcher caseLink = java.util.regex.Pattern.compile("/console/cases/([0-9a-f-]{36})").matcher(page);
		assertThat(caseLink.find()).isTrue();
		assertThat(tomas.get("/api/cases/" + caseLink.group(1) + "/sla").json().get("timeline").valueStream()
			.map(entry -> entry.get("event").asString())).contains("Paged Tomás Keller (the TAM) about this Severity 1 case");
		assertThat(tomas.get("/api/oncall/away").json().valueStream().map(away -> away.get("reason").asString()))
			.contains("Conference");
	}

	@ParameterizedTest(name = "{0} signs in as {1}")
	@CsvSource({
			"admin@acme.example,            CUSTOMER_ADMIN",
			"user@acme.example,             CUSTOMER_USER",
			"admin@globex.example,          CUSTOMER_ADMIN",
			"admin@northwind.example,       CUSTOMER_ADMIN",
			"anna.berger@supportdesk.local, AGENT",
			"luc.martin@supportdesk.local,  AGENT",
			"sofia.garcia@supportdesk.local, AGENT",
			"tomas.keller@supportdesk.local, TAM",
			"maria.schmidt@supportdesk.local, MANAGER",
			"olga.weber@supportdesk.local,  OPERATIONS" })
	void everyDemoUserOfTheReadmeSignsIn(String email, String role) {
		Http.Response me = Http.basic(port, email, README_PASSWORD).get("/api/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().get("role").asString()).isEqualTo(role);
	}

	@ParameterizedTest(name = "{0} is on {1}")
	@CsvSource({ "admin@acme.example, PREMIER", "admin@globex.example, STANDARD",
			"admin@northwind.example, PROCTORED_EXAM_24X7" })
	void eachDemoOrganisationHasItsPlan(String admin, String plan) {
		Http customer = Http.basic(port, admin, README_PASSWORD);
		String organisation = customer.get("/api/me").json().get("organisationId").asString();
		Http.Response entitlements = customer.get("/api/organisations/" + organisation + "/entitlements");
		assertThat(entitlements.json().get("plans").get(0).asString()).isEqualTo(plan);
	}

	@Test
	void theDemoPremierOrganisationHasItsTam() {
		Http customer = Http.basic(port, "user@acme.example", README_PASSWORD);
		String organisation = customer.get("/api/me").json().get("organisationId").asString();
		assertThat(customer.get("/api/organisations/" + organisation + "/tam").json().get("email").asString())
			.isEqualTo("tomas.keller@supportdesk.local");
	}

	@Test
	void theDemoKnowledgeBaseAnswersInTheReadersLanguageAndKeepsInternalArticlesFromCustomers() {
		Http.Response german = Http.anonymous(port).get("/api/kb/articles?lang=de&q=Proxy+Firewall");
		assertThat(german.json().get("results").get(0).get("title").asString())
			.isEqualTo("Proxy- und Firewall-Einstellungen für den Proctor Client");
		Http.Response fallback = Http.anonymous(port).get("/api/kb/articles?lang=es&q=bandwidth");
		assertThat(fallback.json().get("results").get(0).get("lang").asString()).as("no Spanish text: the English one")
			.isEqualTo("en");
		String runbook = "/api/kb/articles?lang=en&q=runbook+engineering";
		assertThat(Http.basic(port, "user@acme.example", README_PASSWORD).get(runbook).json().get("total").asLong()).isZero();
		assertThat(staff("anna.berger@supportdesk.local").get(runbook).json().get("results").get(0).get("visibility")
			.asString()).isEqualTo("INTERNAL");
		Http.Response customerOnly = Http.anonymous(port).get("/api/kb/articles?lang=en&q=MSI+silent");
		assertThat(customerOnly.json().get("total").asLong()).as("a customer article, signed out").isZero();
		assertThat(Http.basic(port, "user@globex.example", README_PASSWORD).get("/api/kb/articles?lang=en&q=MSI+silent")
			.json().get("total").asLong()).as("the same article for a Standard customer").isEqualTo(1);
	}

	@Test
	void theDemosKnownIssuesCountTheirLinkedCasesAndTheCasesShowTheirArticles() {
		Http.Response sso = staff("anna.berger@supportdesk.local")
			.get("/api/kb/articles?lang=en&q=" + "SSO+sign-in+loops+certificate+rotation");
		String id = sso.json().get("results").get(0).get("id").asString();
		Http.Response linked = staff("anna.berger@supportdesk.local").get("/api/kb/articles/" + id + "/cases");
		assertThat(linked.json().get("count").asLong()).isEqualTo(2);
		String caseId = linked.json().get("cases").get(0).get("id").asString();
		assertThat(staff("anna.berger@supportdesk.local").get("/api/cases/" + caseId + "/articles").json().get(0).get("id")
			.asString()).isEqualTo(id);
		Http.Response customer = Http.basic(port, "user@globex.example", README_PASSWORD).get("/api/kb/articles/" + id + "/cases");
		assertThat(customer.json().get("count").asLong()).as("a customer article: its count for customers").isEqualTo(2);
		assertThat(customer.json().get("cases").size()).isZero();
	}

	@Test
	void theDemoHasThreeCustomerOrganisations() {
		Http.Response organisations = Http.basic(port, "maria.schmidt@supportdesk.local", README_PASSWORD)
			.get("/api/organisations");
		assertThat(organisations.json().valueStream().map(o -> o.get("name").asString()))
			.contains("Acme Analytics", "Globex Learning", "Northwind Exams");
	}

	@Test
	void aNewcomerMeetsAQueueWithCountdownsOfEveryColour() {
		Http.Response queue = staff("anna.berger@supportdesk.local").get("/api/queue");
		assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
		assertThat(queue.json().valueStream().map(entry -> entry.get("badge").get("colour").asString()))
			.as("the Northwind cases inside today's exam window are at ~50, ~80 and ~95 per cent of their target; "
					+ "the Acme phone case is breached")
			.contains("GREEN", "AMBER", "RED", "BREACHED");
	}

	@ParameterizedTest(name = "there are {0} cases")
	@EnumSource(CaseStatus.class)
	void theDemoHasCasesInEveryStatus(CaseStatus status) {
		assertThat(cases("status=" + status)).isNotEmpty();
	}

	@Test
	void theDemoCasesCameByEveryChannelInTheAgentsLanguages() {
		List<JsonNode> all = cases("limit=500");
		assertThat(all.stream().map(c -> c.get("channel").asString())).containsAll(
				Arrays.stream(Channel.values()).map(Channel::name).toList());
		assertThat(all.stream().map(c -> c.get("language").asString())).contains("en", "de", "fr", "es");
		assertThat(all.stream().map(c -> c.get("organisationId").asString()).distinct()).hasSize(3);
	}

	@Test
	void theUnansweredPremierSeverity1IsBreachedAndEscalatedToTheTamAndTheTeamLead() {
		JsonNode breached = caseAbout("HTTP 502");
		assertThat(sla(breached).get("targets").get(0).get("state").asString()).isEqualTo("BREACHED");
		// The SLA timer fires on db-scheduler's next poll (every 5 s); the notice follows asynchronously.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(breachNotices("tomas.keller@supportdesk.local")).contains(breached.get("reference").asString());
			assertThat(breachNotices("maria.schmidt@supportdesk.local")).contains(breached.get("reference").asString());
		});
	}

	@Test
	void thePremierSeverity1CaseKeepsItsUpdateCadenceWithOneUpdateRunning() {
		List<JsonNode> updates = sla(caseAbout("session token rejected")).get("targets").valueStream()
			.filter(t -> t.get("metric").asString().equals("UPDATE")).toList();
		assertThat(updates).hasSizeGreaterThanOrEqualTo(4);
		assertThat(updates.subList(0, updates.size() - 1)).allSatisfy(t -> assertThat(t.get("state").asString())
			.isEqualTo("MET"));
		JsonNode running = updates.get(updates.size() - 1);
		assertThat(running.get("state").asString()).isEqualTo("RUNNING");
		assertThat(running.get("calendar").asString()).isEqualTo("24x7");
	}

	@Test
	void northwindHasAMonthlyAndAnOnDemandExamBookingBesideItsBareWindows() {
		Http customer = Http.basic(port, "admin@northwind.example", README_PASSWORD);
		String organisation = customer.get("/api/me").json().get("organisationId").asString();
		JsonNode bookings = customer.get("/api/organisations/" + organisation + "/exam-bookings").json();
		assertThat(bookings.valueStream().map(b -> b.get("mode").asString())).containsExactlyInAnyOrder("MONTHLY", "ON_DEMAND");
		// next month's Tuesdays and Thursdays: eight or nine; the three bare windows of DemoExamWindows stay
		assertThat(bookings.valueStream().filter(b -> b.get("mode").asString().equals("MONTHLY"))
			.map(b -> b.get("windows").size())).allMatch(n -> n >= 8 && n <= 10);
		assertThat(customer.get("/api/organisations/" + organisation + "/exam-windows").json().size())
			.isGreaterThanOrEqualTo(3 + 8 + 1);
	}

	@Test
	void theNorthwindExamDayCaseRanOnTheExamWindowCalendar() {
		JsonNode firstResponse = sla(caseAbout("session not ready")).get("targets").get(0);
		assertThat(firstResponse.get("calendar").asString()).isEqualTo("Standard business hours ∪ exam windows");
		// Opened on a Saturday, outside business hours: only the booked window makes 15 minutes 15 minutes.
		assertThat(Duration.between(Instant.parse(firstResponse.get("startedAt").asString()),
				Instant.parse(firstResponse.get("dueAt").asString()))).isEqualTo(Duration.ofMinutes(15));
		assertThat(firstResponse.get("state").asString()).isEqualTo("MET");
	}

	/**
	 * The escalation goes out by mail too. Which context's db-scheduler sends it is not this test's to
	 * choose (the test run's application contexts share one database and its {@code mail-outbox} task),
	 * so the outbox is checked here, and the demo server's mail loop separately below.
	 */
	@Test
	void theEscalationToTheTamIsMailedToo() {
		String reference = caseAbout("HTTP 502").get("reference").asString();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(outbox.recent("tomas.keller@supportdesk.local", 50))
			.anySatisfy(mail -> assertThat(mail.subject()).contains(reference)));
	}

	@Test
	void mailSentThroughTheDemoServerIsReadOverImapWithAnyPassword() throws Exception {
		String subject = "Demo loop " + java.util.UUID.randomUUID();
		org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
		mail.setFrom("support@supportdesk.local");
		mail.setTo("user@globex.example");
		mail.setSubject(subject);
		mail.setText("Over SMTP, back over IMAP.");
		demoSender.send(mail);
		assertThat(inbox("user@globex.example")).contains(subject);
	}

	/** The subjects in a demo user's mailbox, read over IMAP as a mail client would (any password opens it). */
	private List<String> inbox(String email) throws Exception {
		jakarta.mail.Store store = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap");
		store.connect("127.0.0.1", demoMail.getImap().getPort(), email, "any password");
		try {
			jakarta.mail.Folder inbox = store.getFolder("INBOX");
			inbox.open(jakarta.mail.Folder.READ_ONLY);
			List<String> subjects = new java.util.ArrayList<>();
			for (jakarta.mail.Message message : inbox.getMessages()) {
				subjects.add(message.getSubject());
			}
			inbox.close(false);
			return subjects;
		}
		finally {
			store.close();
		}
	}

	@Test
	void theSlaReportShowsMonthsOfMetAndBreachedTargets() {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
		Http.Response report = staff("maria.schmidt@supportdesk.local")
			.get("/api/reports/sla?groupBy=month&from=" + today.minusMonths(5) + "&to=" + today);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		List<JsonNode> months = report.json().get("rows").valueStream().toList();
		assertThat(months).as(report.toString()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(months.stream().mapToLong(m -> m.get("met").asLong()).sum()).isPositive();
		assertThat(months.stream().mapToLong(m -> m.get("breached").asLong()).sum()).isPositive();
		Http.Response breaches = staff("maria.schmidt@supportdesk.local")
			.get("/api/reports/breaches?from=" + today.minusMonths(5) + "&to=" + today);
		assertThat(breaches.json().get("breaches").valueStream()
			.anyMatch(b -> !b.get("explanation").isEmpty())).as(breaches.toString()).isTrue();
	}

	private Http staff(String email) {
		return Http.basic(port, email, README_PASSWORD);
	}

	private List<JsonNode> cases(String query) {
		Http.Response cases = staff("maria.schmidt@supportdesk.local").get("/api/cases?" + query);
		assertThat(cases.status()).as(cases.toString()).isEqualTo(200);
		return cases.json().valueStream().toList();
	}

	private JsonNode caseAbout(String words) {
		List<JsonNode> found = cases("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		assertThat(found).as("demo cases about '%s'", words).hasSize(1);
		return found.get(0);
	}

	private JsonNode sla(JsonNode supportCase) {
		String id = supportCase.get("id").asString();
		Http.Response sla = staff("maria.schmidt@supportdesk.local").get("/api/cases/" + id + "/sla");
		assertThat(sla.status()).as(sla.toString()).isEqualTo(200);
		return sla.json();
	}

	private List<String> breachNotices(String email) {
		return staff(email).get("/api/me/notifications").json().valueStream()
			.filter(n -> n.get("kind").asString().equals("SLA_BREACHED")).map(n -> n.get("reference").asString())
			.toList();
	}
}
