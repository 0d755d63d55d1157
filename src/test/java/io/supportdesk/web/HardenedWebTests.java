package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;

/**
 * The web's defences a browser enforces, one test per header (OWASP ASVS 14.4), and the session's
 * absolute lifetime.
 */
@SupportdeskTest
class HardenedWebTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theContentSecurityPolicyAllowsNoInlineScriptNoFramingAndNoForeignForms() throws Exception {
		String csp = page(false).headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("form-action 'self'")
			.contains("object-src 'none'").contains("base-uri 'self'");
		assertThat(csp).as("scripts fall back to default-src 'self'").doesNotContain("script-src").doesNotContain("unsafe-eval");
	}

	@Test
	void noPageAnswersWithAnInlineScript() {
		WebSession agent = WebSession.signIn(port, accounts.staff(io.supportdesk.accounts.Role.AGENT).email());
		for (String path : new String[] { "/console/queue", "/console/oncall", "/console/reports/sla", "/console/account" }) {
			java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(agent.get(path).body());
			int count = 0;
			while (scripts.find()) {
				count++;
				assertThat(scripts.group()).as("every script of " + path + " is a file").contains("src=");
			}
			assertThat(count).as(path + " has its scripts (htmx at least)").isPositive();
		}
	}

	@Test
	void contentTypesAreNotSniffedFramesAreDeniedAndReferrersStayHome() throws Exception {
		HttpResponse<String> login = page(false);
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
	}

	@Test
	void httpsBehindAProxyGetsStrictTransportSecurityAndPlainHttpDoesNot() throws Exception {
		assertThat(page(false).headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(page(true).headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void aSessionOlderThanTwelveHoursEndsHoweverActive() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());
		assertThat(session.get("/portal/account").statusCode()).isEqualTo(200);

		// signed in 12 h 1 min ago (its creation time, as Spring Session keeps it), active until now
		jdbc.sql("update accounts_web_session set creation_time = creation_time - :age where principal_name = :email")
			.param("age", (12 * 60 + 1) * 60_000L).param("email", tenant.userEmail()).update();

		HttpResponse<String> afterwards = session.get("/portal/account");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	private HttpResponse<String> page(boolean forwardedHttps) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
		if (forwardedHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
