package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * A newcomer's first look, in headless Chromium, at what the README's run command starts (the
 * {@code demo} profile): the queue with its coloured countdowns, the breached Premier case and its
 * escalation, a customer's case page with the committed response time, the SLA explanation in German
 * without an ISO instant — and every page fitting a 1366×900 laptop and a 390×844 phone, the
 * manager's navigation on one line. Its own context, closed after the class (see DemoProfileTests).
 */
@DirtiesContext
@SpringBootTest(classes = SupportdeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoBrowserTests {

	private static final String PASSWORD = DemoProfileTests.README_PASSWORD;

	private static final String ANNA = "anna.berger@supportdesk.local";

	private static final String MARIA = "maria.schmidt@supportdesk.local";

	@LocalServerPort
	int port;

	@Test
	void anAgentSeesTheQueueWithCountdownsOfEveryColour() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(ANNA, PASSWORD).go("/console/queue");

			browser.waitFor(By.id("queue"));
			for (String colour : List.of("GREEN", "AMBER", "RED", "BREACHED")) {
				assertThat(browser.driver().findElements(By.cssSelector("#queue .sla-badge-" + colour)))
					.as("a %s badge in the queue", colour).isNotEmpty();
			}
			// a breached badge says for how long, an open one how long is left
			assertThat(browser.text(By.cssSelector("#queue .sla-badge-BREACHED"))).contains("overdue");
			assertThat(browser.text(By.cssSelector("#queue .sla-badge-GREEN"))).containsPattern("in \\d+ (h|min)");
		}
	}

	@Test
	void theBreachedPremierCaseShowsItsBreachAndTheTamSeesTheEscalation() {
		JsonNode breached = caseAbout("HTTP 502");
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(ANNA, PASSWORD).go("/console/cases/" + breached.get("id").asString());
			// the case page loads its SLA panel as a fragment: the 15-minute first response is breached
			assertThat(browser.waitForText(By.id("sla-targets"), "breached")).contains("First response");
		}
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn("tomas.keller@supportdesk.local", PASSWORD);
			// the breach timer fires on db-scheduler's next poll; the notice follows after its commit
			Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				browser.go("/console/notifications");
				assertThat(browser.text(By.tagName("main"))).contains(breached.get("reference").asString());
			});
		}
	}

	@Test
	void aCustomerSeesTheCommittedResponseTimeOnTheirCasePage() {
		JsonNode breached = caseAbout("HTTP 502");
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn("admin@acme.example", PASSWORD)
				.go("/portal/cases/" + breached.get("id").asString());

			// Acme reads times in Berlin: the committed instant carries CET or CEST
			assertThat(browser.text(By.id("commitment-first-response"))).containsPattern("\\d{2}:\\d{2} CES?T");
		}
	}

	@Test
	void theSlaExplanationInGermanShowsLocalizedInstantsAndNoIsoStrings() {
		JsonNode cadence = caseAbout("session token rejected");
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=de").signIn(MARIA, PASSWORD)
				.go("/console/cases/" + cadence.get("id").asString() + "/sla?lang=de");

			String panel = browser.text(By.tagName("main"));
			assertThat(panel).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").doesNotContain("1970");
			assertThat(panel).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} MES?Z");
		}
	}

	@Test
	void everyPageFitsALaptopAndAPhoneAndTheManagersNavigationFitsOnOneLine() {
		String caseId = caseAbout("HTTP 502").get("id").asString();
		String acme = Http.basic(port, MARIA, PASSWORD).get("/api/organisations").json().valueStream()
			.filter(o -> o.get("name").asString().startsWith("Acme")).findFirst().orElseThrow().get("id").asString();
		String month = Http.basic(port, MARIA, PASSWORD).get("/api/organisations/" + acme + "/statements").json()
			.get("months").get(0).asString();
		JsonNode proctor = proctor();
		String product = "/downloads/" + proctor.get("id").asString();
		String checksums = product + "/versions/" + proctor.get("versions").get(0).get("id").asString() + "/checksums";
		String suggestion = "/suggestions/" + Http.basic(port, MARIA, PASSWORD).get("/api/suggestions").json().get(0).get("id")
			.asString();
		String chatId = Http.basic(port, "admin@acme.example", PASSWORD).get("/api/chats").json().get(0).get("id").asString();
		Map<String, List<String>> pages = Map.of(MARIA, List.of("/console", "/console/queue", "/console/cases",
				"/console/cases/" + caseId, "/console/cases/" + caseId + "/sla", "/console/notifications",
				"/console/organisations", "/console/staff", "/console/teams", "/console/plans", "/console/plans/PREMIER",
				"/console/calendars", "/console/trials", "/console/addons", "/console/mail", "/console/kb",
				"/console/kb/new", "/console/exams", "/console/webhooks", "/console/oncall", "/console/reports/sla",
				"/console/reports/sla?period=day", "/console/reports/statements",
				"/console/reports/volume", "/console/reports/volume?groupBy=channel&period=week", "/console/reports/planning",
				"/console/organisations/" + acme + "/statements", "/console/organisations/" + acme + "/statements/" + month,
				"/console/account", "/console/downloads", "/console" + product, "/console/suggestions", "/console" + suggestion,
				"/console/chat", "/console/chats", "/console/chat/" + chatId),
				"admin@acme.example", List.of("/portal", "/portal/cases", "/portal/cases/new",
						"/portal/cases/" + caseId, "/portal/cases/" + caseId + "/sla", "/portal/plan", "/portal/users",
						"/kb", "/kb?q=Prüfung", "/kb/de/proxy-und-firewall-einstellungen-fur-den-proctor-client",
						"/portal/exams", "/portal/webhooks", "/portal/statements", "/portal/statements/" + month,
						"/portal/account", "/portal/downloads", "/portal" + product,
						"/portal" + checksums, "/portal/suggestions", "/portal/suggestions/new", "/portal" + suggestion,
						"/portal/notifications", "/portal/chat", "/portal/chat/" + chatId));
		List<String> failures = new ArrayList<>();
		pages.forEach((email, paths) -> {
			try (Browser browser = Browser.open(port)) {
				browser.go("/login?lang=de").signIn(email, PASSWORD);
				for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
					browser.resize(size[0], size[1]);
					for (String path : paths) {
						browser.go(path).waitFor(By.tagName("footer"));
						browser.overflowing().forEach(o -> failures.add(size[0] + " px " + path + ": " + o));
					}
				}
				browser.resize(1366, 900).go(paths.get(0));
				assertThat(browser.navigationRows()).as("rows of %s's navigation at 1366 px", email).hasSize(1);
			}
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void aPremierCustomerSeesAndDownloadsTheEarlyAdopterBuildAndAStandardCustomerDoesNot() {
		JsonNode proctor = proctor();
		String early = null;
		for (JsonNode version : proctor.get("versions")) {
			if (version.get("channel").asString().equals("EARLY_ADOPTER")) {
				early = version.get("files").get(0).get("name").asString();
			}
		}
		assertThat(early).as("the demo's early-adopter build").isNotNull();
		String page = "/portal/downloads/" + proctor.get("id").asString();
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn("user@acme.example", PASSWORD).go(page);
			assertThat(browser.text(By.tagName("main"))).contains("6.0-beta").containsIgnoringCase("early adopter").contains(early);
			String href = browser.driver().findElement(By.linkText(early)).getAttribute("href");
			// the browser fetches the file with its session, as a click would
			Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
					"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer()"
							+ ".then(b => done(r.status + ' ' + b.byteLength + ' ' + r.headers.get('Content-Disposition'))));",
					href);
			assertThat(answer.toString()).startsWith("200 ").contains(early);
		}
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn("user@globex.example", PASSWORD).go(page);
			assertThat(browser.text(By.tagName("main"))).contains("5.3").doesNotContain("6.0-beta").doesNotContain(early);
		}
	}

	/** The demo's Constructor Proctor as staff see it (every version). */
	private JsonNode proctor() {
		for (JsonNode product : Http.basic(port, MARIA, PASSWORD).get("/api/products").json()) {
			if (product.get("name").asString().equals("Constructor Proctor")) {
				return product;
			}
		}
		throw new AssertionError("no demo product Constructor Proctor");
	}

	private JsonNode caseAbout(String words) {
		Http.Response found = Http.basic(port, MARIA, PASSWORD)
			.get("/api/cases?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
		assertThat(found.json().size()).as("demo cases about '%s'", words).isEqualTo(1);
		return found.json().get(0);
	}
}
