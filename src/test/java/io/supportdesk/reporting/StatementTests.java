package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.SubscriptionId;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.TamManagement;

/**
 * Compliance statements on a hand-built month. The organisation (zone Europe/Berlin) has Standard until
 * Mon 16 March 2026 00:00 Berlin (15 March 23:00 UTC), then Premier: an upgrade in the middle of the month.
 * March in Berlin runs from 28 Feb 23:00 UTC to 31 March 22:00 UTC (CET until the 29th, CEST after).
 * Standard: Severity 1 4 h, Severity 3 one business day, Severity 4 three business days on business hours
 * (08:00–20:00 Berlin, Monday to Friday); Premier: Severity 1 15 min on 24x7, Severity 2 30 min and
 * Severity 3 2 h on business hours. The clock stands at Thu 2 April 2026, 09:00 UTC.
 */
@SupportdeskTest
class StatementTests {

	static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SubscriptionManagement subscriptions;

	@Autowired
	TamManagement tams;

	@Autowired
	MutableClock clock;

	AccountFixtures.Tenant tenant;

	AccountFixtures.Staff manager;

	Http api;

	final Map<String, String> references = new LinkedHashMap<>();

	@BeforeEach
	void month() {
		clock.set(NOW);
		tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2020-01-01T00:00:00Z"),
				Instant.parse("2099-01-01T00:00:00Z"));
		subscriptions.upgrade(CurrentUser.system(), tenant.id(), subscription, PlanCode.PREMIER,
				Instant.parse("2026-03-15T23:00:00Z"));
		manager = accounts.staff(Role.MANAGER);
		api = Http.basic(port, manager.email(), AccountFixtures.PASSWORD);

		// Under Standard:
		// D: Severity 4 on Sun 1 March 00:30 Berlin (28 Feb 23:30 UTC): March in Berlin though February in UTC;
		// answered Mon 2 March 10:00 Berlin (met, of 3 business days)
		open("D", "2026-02-28T23:30:00Z", 4, reply("2026-03-02T09:00:00Z"));
		// A: Severity 1 on Mon 2 March 10:00 Berlin, answered an hour later (met, of 4 h); resolved, so its
		// update cadence is cancelled
		open("A", "2026-03-02T09:00:00Z", 1, reply("2026-03-02T10:00:00Z"), event("2026-03-02T10:30:00Z", "RESOLVED"));
		// B: Severity 1 on Tue 3 March 10:00 Berlin, due 14:00 Berlin (13:00 UTC), answered 15:00 Berlin: breached
		open("B", "2026-03-03T09:00:00Z", 1, reply("2026-03-03T14:00:00Z"), event("2026-03-03T14:30:00Z", "RESOLVED"));
		// C: Severity 3 on Wed 4 March 10:00 Berlin, answered 16:00 Berlin (met, of one business day)
		open("C", "2026-03-04T09:00:00Z", 3, reply("2026-03-04T15:00:00Z"));
		// I: Severity 3 on Fri 13 March 19:00 Berlin, due Mon 16 March 19:00 Berlin under Standard; the upgrade at
		// Mon 00:00 re-targets it to the earlier of that and the upgrade + 2 business hours under Premier =
		// Mon 10:00 Berlin (09:00 UTC); answered Mon 12:00 Berlin: breached. Opened under Standard, it counts there.
		open("I", "2026-03-13T18:00:00Z", 3, reply("2026-03-16T11:00:00Z"));
		// Under Premier:
		// F: Severity 1 on Tue 17 March 10:00 Berlin, answered after 10 min (met); resolved
		open("F", "2026-03-17T09:00:00Z", 1, reply("2026-03-17T09:10:00Z"), event("2026-03-17T09:30:00Z", "RESOLVED"));
		// G: Severity 1 on Wed 18 March 23:00 Berlin, due 15 min later, answered after 40 min: breached; resolved
		open("G", "2026-03-18T22:00:00Z", 1, reply("2026-03-18T22:40:00Z"), event("2026-03-18T23:00:00Z", "RESOLVED"));
		// H: Severity 2 on Thu 19 March 10:00 Berlin, answered after 20 min (met, of 30 min)
		open("H", "2026-03-19T09:00:00Z", 2, reply("2026-03-19T09:20:00Z"));
		// E: Severity 2 on Tue 31 March 22:30 UTC = Wed 1 April 00:30 Berlin: April's, not March's
		open("E", "2026-03-31T22:30:00Z", 2, reply("2026-04-01T06:10:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.set(Instant.now());
	}

	@Test
	void aMonthWithAnUpgradeCountsEachCaseUnderThePlanItWasOpenedUnder() {
		JsonNode statement = statement(api);

		assertThat(statement.get("zone").asString()).isEqualTo("Europe/Berlin");
		assertThat(statement.get("start").asString()).isEqualTo("2026-02-28T23:00:00Z");
		assertThat(statement.get("end").asString()).isEqualTo("2026-03-31T22:00:00Z");
		// A, B, C, D, I under Standard; F, G, H under Premier; E is April's
		assertThat(statement.get("cases").asLong()).isEqualTo(8);
		// Standard from the month's first instant to the upgrade, Premier from the upgrade to the month's end
		JsonNode plansInForce = statement.get("plans");
		assertThat(plansInForce).hasSize(2);
		assertPlan(plansInForce.get(0), "STANDARD", "2026-02-28T23:00:00Z", "2026-03-15T23:00:00Z");
		assertPlan(plansInForce.get(1), "PREMIER", "2026-03-15T23:00:00Z", "2026-03-31T22:00:00Z");

		Map<String, List<Object>> lines = lines(statement);
		// Standard Severity 1: A met, B breached: 1 / 2
		assertThat(lines.get("STANDARD 1 FIRST_RESPONSE")).containsExactly(4L, "HOURS", 2L, 1L, 1L, 0L, 0.5);
		// no Standard Severity 2 case: the line is there with nothing decided
		assertThat(lines.get("STANDARD 2 FIRST_RESPONSE")).containsExactly(8L, "HOURS", 0L, 0L, 0L, 0L, null);
		// Standard Severity 3: C met, I breached (re-targeted by the upgrade)
		assertThat(lines.get("STANDARD 3 FIRST_RESPONSE")).containsExactly(1L, "BUSINESS_DAYS", 2L, 1L, 1L, 0L, 0.5);
		// Standard Severity 4: D met
		assertThat(lines.get("STANDARD 4 FIRST_RESPONSE")).containsExactly(3L, "BUSINESS_DAYS", 1L, 1L, 0L, 0L, 1.0);
		// Premier Severity 1: F met, G breached
		assertThat(lines.get("PREMIER 1 FIRST_RESPONSE")).containsExactly(15L, "MINUTES", 2L, 1L, 1L, 0L, 0.5);
		// Premier Severity 1 updates: F's and G's were cancelled by their resolutions: nothing decided
		assertThat(lines.get("PREMIER 1 UPDATE")).containsExactly(2L, "HOURS", 2L, 0L, 0L, 0L, null);
		// Premier Severity 2: H met (E is April's)
		assertThat(lines.get("PREMIER 2 FIRST_RESPONSE")).containsExactly(30L, "MINUTES", 1L, 1L, 0L, 0L, 1.0);
		assertThat(lines.get("PREMIER 3 FIRST_RESPONSE")).containsExactly(2L, "HOURS", 0L, 0L, 0L, 0L, null);

		// the three breaches, oldest case first, each with the explanation its case page shows
		JsonNode breaches = statement.get("breaches");
		assertThat(breaches.valueStream().map(b -> b.get("reference").asString()))
			.containsExactly(references.get("B"), references.get("I"), references.get("G"));
		assertThat(breaches.get(0).get("dueAt").asString()).isEqualTo("2026-03-03T13:00:00Z");
		assertThat(breaches.get(1).get("dueAt").asString()).isEqualTo("2026-03-16T09:00:00Z");
		assertThat(breaches.get(2).get("dueAt").asString()).isEqualTo("2026-03-18T22:15:00Z");
		for (JsonNode breach : breaches) {
			assertThat(breach.get("explanation")).isNotEmpty();
		}
	}

	@Test
	void theMonthsWithCasesAreListedNewestFirst() {
		Http.Response months = api.get("/api/organisations/" + tenant.id() + "/statements");

		assertThat(months.status()).as(months.toString()).isEqualTo(200);
		// E opened on 1 April in Berlin; the rest in March (D on 1 March in Berlin)
		assertThat(months.json().get("months").valueStream().map(JsonNode::asString)).containsExactly("2026-04", "2026-03");
	}

	@Test
	void thePdfOpensAndHoldsTheNumbers() throws IOException {
		HttpResponse<byte[]> pdf = download("/api/organisations/" + tenant.id() + "/statements/2026-03", manager.email(),
				"application/pdf");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String text = text(pdf.body());
		assertThat(text).contains("Compliance statement", "March 2026", "Europe/Berlin", "STANDARD", "PREMIER",
				references.get("B"), references.get("I"), references.get("G"), "50.0 %", "100.0 %", "15 min", "4 h",
				"1 business day", "3 business days");
		// the Standard Severity 1 line: 2 cases, 1 met, 1 breached, 0 running, 50.0 %
		assertThat(text).containsPattern("STANDARD 1 First response 4 h · [^\\n]+ 2 1 1 0 50\\.0 %");
	}

	@Test
	void theCustomerAdminReadsTheirOwnStatementInThePortalAndAsPdf() throws IOException {
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());

		var list = admin.get("/portal/statements");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/portal/statements/2026-03", "/portal/statements/2026-04");
		var page = admin.get("/portal/statements/2026-03");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"statement-lines\"", references.get("G"), "50.0 %");
		HttpResponse<byte[]> pdf = download("/api/organisations/" + tenant.id() + "/statements/2026-03",
				tenant.adminEmail(), "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(text(pdf.body())).contains(references.get("B"));
		assertThat(admin.get("/portal/statements/2026-03/pdf").statusCode()).isEqualTo(200);
	}

	@Test
	void anotherOrganisationsStatementDoesNotExistForACustomer() {
		AccountFixtures.Tenant other = accounts.tenant();
		Http otherAdmin = Http.basic(port, other.adminEmail(), AccountFixtures.PASSWORD);

		assertThat(otherAdmin.get("/api/organisations/" + tenant.id() + "/statements/2026-03").status()).isEqualTo(404);
		assertThat(otherAdmin.get("/api/organisations/" + tenant.id() + "/statements").status()).isEqualTo(404);
		// a customer user of the organisation itself is no admin: refused
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/organisations/" + tenant.id() + "/statements/2026-03").status()).isEqualTo(403);
	}

	@Test
	void theTamReadsTheirAccountsStatementsAndNoOthers() {
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		AccountFixtures.Staff otherTam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());

		assertThat(statement(Http.basic(port, tam.email(), AccountFixtures.PASSWORD)).get("cases").asLong()).isEqualTo(8);
		assertThat(WebSession.signIn(port, tam.email()).get("/console/reports/statements").body())
			.contains("/console/organisations/" + tenant.id() + "/statements");
		var page = WebSession.signIn(port, tam.email()).get("/console/organisations/" + tenant.id() + "/statements/2026-03");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(references.get("I"));
		assertThat(Http.basic(port, otherTam.email(), AccountFixtures.PASSWORD)
			.get("/api/organisations/" + tenant.id() + "/statements/2026-03").status()).isEqualTo(403);
	}

	@Test
	void aMalformedMonthIsRefusedNamingIt() {
		Http.Response response = api.get("/api/organisations/" + tenant.id() + "/statements/2026-13");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("month");
	}

	private JsonNode statement(Http http) {
		Http.Response response = http.get("/api/organisations/" + tenant.id() + "/statements/2026-03");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	/** Each line as "PLAN severity METRIC" → target, unit, cases, met, breached, running, attainment. */
	private static Map<String, List<Object>> lines(JsonNode statement) {
		Map<String, List<Object>> lines = new LinkedHashMap<>();
		for (JsonNode line : statement.get("lines")) {
			List<Object> values = new ArrayList<>();
			values.add(line.get("target").isNull() ? null : line.get("target").asLong());
			values.add(line.get("unit").isNull() ? null : line.get("unit").asString());
			values.add(line.get("cases").asLong());
			values.add(line.get("met").asLong());
			values.add(line.get("breached").asLong());
			values.add(line.get("running").asLong());
			values.add(line.get("attainment").isNull() ? null : line.get("attainment").asDouble());
			lines.put(line.get("plan").asString() + " " + line.get("severity").asInt() + " " + line.get("metric").asString(),
					values);
		}
		return lines;
	}

	private static void assertPlan(JsonNode plan, String code, String from, String until) {
		assertThat(List.of(plan.get("plan").asString(), plan.get("from").asString(), plan.get("until").asString()))
			.containsExactly(code, from, until);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// tables are drawn on their own canvases: read the page top to bottom, as people do
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	private HttpResponse<byte[]> download(String path, String email, String accept) {
		String basic = Base64.getEncoder().encodeToString((email + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + basic).header("Accept", accept).header("Accept-Language", "en").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SafeVarargs
	private void open(String name, String at, int severity, Map<String, Object>... events) {
		List<Map<String, Object>> history = new ArrayList<>();
		history.add(Map.of("at", at, "type", "OPENED", "severity", severity, "channel", "PORTAL"));
		history.addAll(List.of(events));
		Http.Response imported = api.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Statement case " + name, "description", "x", "events", history));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		Http.Response read = api.get("/api/cases/" + imported.json().get("id").asString());
		references.put(name, read.json().get("reference").asString());
	}

	private static Map<String, Object> reply(String at) {
		return Map.of("at", at, "type", "SUPPORT_REPLIED", "body", "Looking into it");
	}

	private static Map<String, Object> event(String at, String type) {
		return Map.of("at", at, "type", type);
	}
}
