package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;

/** The plan pages over plain HTTP: refusals, forms that keep what was typed, the TAM's fragment. */
@SupportdeskTest
class PlanPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TamManagement tams;

	@Autowired
	AddOnManagement addOns;

	@Test
	void aStandardAdminPostingATrialLicenceRequestAnywayGetsTheForbiddenPageWithTheUpgradeLink() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Client admin = Client.signedIn(port, tenant.adminEmail());

		HttpResponse<String> refused = admin.post("/portal/plan/trial-licences",
				Map.of("product", "Constructor Proctor 7", "purpose", "Staging", "days", "30"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("part of Premier support", "/portal/plan#upgrade");
		assertThat(licenceRows(admin.get("/portal/plan").body())).isZero();
	}

	@Test
	void theForbiddenPageSaysWhyInTheReadersLanguage() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Client admin = Client.signedIn(port, tenant.adminEmail());
		admin.get("/portal/plan?lang=de");

		HttpResponse<String> refused = admin.post("/portal/plan/trial-licences",
				Map.of("product", "Constructor Proctor 7", "purpose", "Staging", "days", "30"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Eine Testlizenz für Nicht-Produktivsysteme: enthalten im Support Premier",
				"Ihre Organisation hat Standard.").doesNotContain("part of Premier support");
	}

	@Test
	void anOrganisationWithoutASubscriptionInForceSeesThatClearlyAndStillSeesThePage() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Client user = Client.signedIn(port, tenant.userEmail());

		HttpResponse<String> page = user.get("/portal/plan?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"no-plan\"", "no support subscription in force", "id=\"upgrade\"",
				"id=\"severities\"").doesNotContain("id=\"trial-form\"", "id=\"addon-form\"");
	}

	@Test
	void aCustomerUserSeesThePlanButNeitherAddOnsNorTrialLicences() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Client user = Client.signedIn(port, tenant.userEmail());

		String page = user.get("/portal/plan?lang=en").body();

		assertThat(page).contains("class=\"plan-name\">Premier<", "id=\"targets\"")
			.doesNotContain("id=\"addons\"", "id=\"trials\"");
		assertThat(user.post("/portal/plan/addons", Map.of("kind", "TRAINING", "description", "x")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aMistakeInTheSubscriptionFormIsShownNextToTheFieldAndWhatWasTypedStays() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Client operations = Client.signedIn(port, accounts.staff(Role.OPERATIONS).email());

		HttpResponse<String> page = operations.post("/console/organisations/" + tenant.id() + "/programme/subscriptions?lang=en",
				Map.of("plan", "PREMIER", "product", "Widget Pro", "start", "2027-03-01T00:00", "end", "2027-02-01T00:00"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("id=\"record-end\"[^>]*value=\"2027-02-01T00:00\"[^>]*>\\s*"
				+ "<span class=\"field-error\">must be after start</span>");
		assertThat(page.body()).contains("value=\"Widget Pro\"");
		assertThat(page.body()).containsPattern("<option value=\"PREMIER\" selected=\"selected\">");
	}

	@Test
	void aMissingQuoteAmountIsShownNextToItInTheUsersLanguage() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		AddOnId request = addOns.request(accounts.as(tenant.adminId()), tenant.id(), AddOnKind.CONSULTING,
				"Architecture review");
		Client operations = Client.signedIn(port, accounts.staff(Role.OPERATIONS).email());

		HttpResponse<String> page = operations.post("/console/addons/" + request + "/quote?lang=de",
				Map.of("amount", "viel", "currency", "EUR", "hours", "16"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("id=\"amount-" + request + "\"[^>]*value=\"viel\"[^>]*>\\s*"
				+ "<span class=\"field-error\">Geben Sie einen Betrag wie 1200.00 ein.</span>");
	}

	@Test
	void aTamSeesTheirOrganisationsAsAPageAndAsTheFragmentOfTheConsoleHome() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		Client client = Client.signedIn(port, tam.email());
		String organisation = tenant.id().toString();

		String fragment = client.get("/console/tam/organisations?lang=en", Map.of("HX-Request", "true")).body();
		String page = client.get("/console/tam/organisations?lang=en").body();

		assertThat(fragment.strip()).startsWith("<section id=\"tam-organisations\"").contains(organisation, "Premier")
			.doesNotContain("<html");
		assertThat(page).contains("<html", "<h1>My organisations</h1>", organisation);
		assertThat(client.get("/console").body()).contains("hx-get=\"/console/tam/organisations\"");

		Client agent = Client.signedIn(port, accounts.staff(Role.AGENT).email());
		assertThat(agent.get("/console/tam/organisations", Map.of("HX-Request", "true")).body()).isBlank();
		assertThat(agent.get("/console").body()).doesNotContain("/console/tam/organisations");
	}

	@Test
	void operationsMayNotIssueTrialLicencesAndAgentsMayNotRecordSubscriptions() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Client operations = Client.signedIn(port, accounts.staff(Role.OPERATIONS).email());
		Client agent = Client.signedIn(port, accounts.staff(Role.AGENT).email());
		Instant start = Instant.parse("2027-01-01T00:00:00Z");

		assertThat(operations.get("/console/trials").statusCode()).isEqualTo(403);
		assertThat(agent.post("/console/organisations/" + tenant.id() + "/programme/subscriptions",
				Map.of("plan", "PREMIER", "product", "Widget", "start", start.toString().substring(0, 16),
						"end", start.plus(Duration.ofDays(365)).toString().substring(0, 16)))
			.statusCode()).isEqualTo(403);
		assertThat(agent.get("/console/organisations/" + tenant.id() + "/programme").body())
			.doesNotContain("id=\"record-form\"");
	}

	private static int licenceRows(String page) {
		Matcher rows = Pattern.compile("id=\"trial-[0-9a-f-]{36}\"").matcher(page);
		int count = 0;
		while (rows.find()) {
			count++;
		}
		return count;
	}

	/** A cookie-keeping client that signs in through the form, as a browser without JavaScript. */
	private record Client(HttpClient http, int port) {

		static Client signedIn(int port, String email) throws Exception {
			Client client = new Client(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port);
			HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(client.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("email", email, "password",
						AccountFixtures.PASSWORD, "_csrf", client.csrf("/login"))))));
			assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
			return client;
		}

		HttpResponse<String> get(String path) throws Exception {
			return get(path, Map.of());
		}

		HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
			headers.forEach(request::header);
			return send(request);
		}

		/** Posts the form with the CSRF token of a freshly loaded page, as a browser would. */
		HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			Map<String, String> withToken = new java.util.HashMap<>(fields);
			withToken.put("_csrf", csrf(path.startsWith("/console") ? "/console/account" : "/portal/account"));
			return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(withToken))));
		}

		private String csrf(String page) throws Exception {
			Matcher csrf = CSRF.matcher(get(page).body());
			assertThat(csrf.find()).as("%s carries a CSRF token", page).isTrue();
			return csrf.group(1);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String form(Map<String, String> fields) {
			return fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}
	}
}
