package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;

/** Form sign-in with CSRF, HTTP Basic, throttling of failed attempts, and their audit trail. */
@SupportdeskTest
class SignInTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from accounts_login_failure").update();
	}

	@Test
	void formSignInLeadsCustomersToThePortalAndIsAudited() throws Exception {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Browserless browser = new Browserless();

		HttpResponse<String> signedIn = browser.signIn(tenant.userEmail(), AccountFixtures.PASSWORD);

		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal"));
		assertThat(browser.get("/portal").body()).contains(tenant.userEmail());
		assertThat(browser.get("/console").statusCode()).isEqualTo(403);
		HttpResponse<String> adminsOnly = browser.get("/portal/users");
		assertThat(adminsOnly.statusCode()).isEqualTo(403);
		assertThat(adminsOnly.body()).contains("Your role does not allow this.");
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.LOGIN);
	}

	@Test
	void formSignInWithoutTheCsrfTokenIsRefused() throws Exception {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Browserless browser = new Browserless();
		HttpResponse<String> response = browser.post("/login",
				"email=" + enc(tenant.userEmail()) + "&password=" + enc(AccountFixtures.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void wrongPasswordReturnsToTheSignInPageAndIsAudited() throws Exception {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		HttpResponse<String> response = new Browserless().signIn(tenant.userEmail(), "wrong-password");
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED
				&& tenant.userEmail().equals(e.subject()));
	}

	@Test
	void fiveFailuresOnAnAccountLockItForTheWindowEvenWithTheRightPassword() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http wrong = Http.basic(port, tenant.userEmail(), "wrong-password");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(wrong.get("/api/me").status()).as("attempt %d", attempt).isEqualTo(401);
		}
		Http right = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);

		Http.Response throttled = right.get("/api/me");

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotBlank();
		assertThat(throttled.json().get("detail").asString()).contains("Too many failed sign-in attempts");
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.LOGIN_THROTTLED);
		// Another account from the same address is not affected by this account's failures.
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(16));

		assertThat(right.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void twentyFailuresFromOneAddressThrottleEveryAccountFromIt() {
		for (int attempt = 1; attempt <= 20; attempt++) {
			Http.basic(port, "nobody-" + attempt + "@example.com", "guess").get("/api/me");
		}
		AccountFixtures.Tenant tenant = fixtures.tenant();

		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(429);
	}

	@Test
	void administratorsReadTheAuditLogInTheConsoleAndAgentsMayNot() throws Exception {
		AccountFixtures.Staff admin = fixtures.staff(Role.ADMIN);
		Browserless browser = new Browserless();
		browser.signIn(admin.email(), AccountFixtures.PASSWORD);

		HttpResponse<String> page = browser.get("/console/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("LOGIN", admin.email());
		Browserless agent = new Browserless();
		agent.signIn(fixtures.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		assertThat(agent.get("/console/audit").statusCode()).isEqualTo(403);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A cookie-keeping HTTP client that signs in through the form like a browser would. */
	private final class Browserless {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> signIn(String email, String password) throws Exception {
			Matcher csrf = CSRF.matcher(get("/login").body());
			assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
			return post("/login", "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1)));
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}
	}
}
