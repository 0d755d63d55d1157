package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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
import io.supportdesk.WebSession;

/** A forgotten password: the request, the link an admin issues, and the link's single, time-limited use. */
@SupportdeskTest
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("id=\"reset-link\">([^<]+)<");

	private static final String NEW_PASSWORD = "a-fresh-start-2026";

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

	@Autowired
	com.icegreen.greenmail.util.GreenMail greenMail;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from accounts_login_failure").update();
	}

	@Test
	void theRequestPageAnswersTheSameForKnownAndUnknownAddressesAndRecordsTheRequest() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

		HttpResponse<String> known = requestReset(tenant.userEmail());
		HttpResponse<String> stranger = requestReset(unknown);

		assertThat(known.statusCode()).isEqualTo(stranger.statusCode()).isEqualTo(302);
		assertThat(known.headers().firstValue("Location")).isEqualTo(stranger.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login/forgot?sent"));
		String knownPage = WebSession.anonymous(port).get("/login/forgot?sent").body();
		assertThat(knownPage).contains("If this address belongs to an account")
			.isEqualTo(WebSession.anonymous(port).get("/login/forgot?sent").body());
		Http.Response open = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/password-reset-requests");
		assertThat(open.json().valueStream().map(r -> r.get("userId").asString())).containsExactly(tenant.userId().toString());
		assertThat(audit.about(unknown, 5)).anyMatch(e -> e.action() == AuditAction.PASSWORD_RESET_REQUESTED);
		assertThat(audit.about(tenant.userEmail(), 5)).anyMatch(e -> e.action() == AuditAction.PASSWORD_RESET_REQUESTED);
	}

	@Test
	void aUserWhoForgotTheirPasswordIsMailedALinkInTheirLanguageThatSetsItOnce() throws Exception {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.put("/api/me/preferences", Map.of("language", "de", "timeZone", "Europe/Berlin"));
		assertThat(WebSession.anonymous(port).get("/login/forgot").body()).contains("We mail you a link");

		requestReset(tenant.userEmail());

		jakarta.mail.internet.MimeMessage mail = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain(tenant.userEmail()))
				.filter(m -> subject(m).equals("Neues Passwort setzen")).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
		Matcher link = Pattern.compile("/login/reset/([A-Za-z0-9_-]{20,})").matcher(
				jakarta.mail.internet.MimeUtility.decodeText(text).replace("=\r\n", ""));
		assertThat(link.find()).as("the mail carries the link: " + text).isTrue();
		String path = link.group();
		// once sent (marked so right after the server took it), the outbox keeps no usable copy of the link
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.sql("select text_body from mail_outbox where recipient = :to and kind = 'PASSWORD_RESET' and state = 'SENT'")
					.param("to", tenant.userEmail()).query(String.class).list())
			.singleElement().asString().doesNotContain(link.group(1)));

		WebSession user = WebSession.anonymous(port);
		assertThat(user.get(path).statusCode()).isEqualTo(200);
		user.form(path, path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

		assertThat(Http.basic(port, tenant.userEmail(), NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(WebSession.anonymous(port).get(path).statusCode()).as("used up").isEqualTo(410);
		// the request was answered: the administrators no longer see it
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/password-reset-requests")
			.json().valueStream().map(r -> r.get("userId").asString())).doesNotContain(tenant.userId().toString());
	}

	@Test
	void atMostThreeLinksAnHourGoByMailToOneUserTheRestWaitForAnAdministrator() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		for (int i = 0; i < 5; i++) {
			requestReset(tenant.userEmail());
		}

		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to and kind = 'PASSWORD_RESET'")
			.param("to", tenant.userEmail()).query(Integer.class).single()).isEqualTo(PasswordManagement.MAILED_LINKS_PER_HOUR);
		assertThat(jdbc.sql("select count(*) from accounts_password_reset_link where user_id = :user and revoked_at is null")
			.param("user", tenant.userId().value()).query(Integer.class).single()).as("only the newest link works").isEqualTo(1);
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/password-reset-requests")
			.json().valueStream().map(r -> r.get("userId").asString())).containsExactly(tenant.userId().toString());
	}

	private static String subject(jakarta.mail.Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException unreadable) {
			return "";
		}
	}

	@Test
	void theSignInPageLeadsToTheRequestPage() {
		assertThat(WebSession.anonymous(port).get("/login").body()).contains("href=\"/login/forgot\"");
		assertThat(WebSession.anonymous(port).get("/login/forgot").statusCode()).isEqualTo(200);
	}

	@Test
	void aCustomerAdminSeesTheRequestIssuesALinkAndTheLinkSetsThePasswordOnce() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession oldSession = WebSession.signIn(port, tenant.userEmail());
		requestReset(tenant.userEmail());
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());
		assertThat(admin.get("/portal/users").body()).contains("asked for a password reset");

		admin.form("/portal/users", "/portal/users/" + tenant.userId() + "/password-reset", Map.of());
		String page = admin.get("/portal/users").body();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).as("the link is shown once").isTrue();
		String path = URI.create(link.group(1)).getPath();
		assertThat(admin.get("/portal/users").body()).doesNotContain(path).doesNotContain("asked for a password reset");

		WebSession user = WebSession.anonymous(port);
		assertThat(user.get(path).statusCode()).isEqualTo(200);
		HttpResponse<String> reset = user.form(path, path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

		assertThat(reset.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(401);
		assertThat(Http.basic(port, tenant.userEmail(), NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(oldSession.get("/portal").statusCode()).isEqualTo(302);
		HttpResponse<String> again = WebSession.anonymous(port).get(path);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("This link has been used already");
		assertThat(again.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.PASSWORD_RESET_ISSUED
				&& tenant.adminEmail().equals(e.actor())).anyMatch(e -> e.action() == AuditAction.PASSWORD_RESET);
	}

	@Test
	void aSecondUseOfALinkIsRefusedWithoutChangingThePassword() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		String path = issueByApi(tenant.userId());
		WebSession first = WebSession.anonymous(port);
		WebSession second = WebSession.anonymous(port);
		assertThat(second.get(path).statusCode()).isEqualTo(200);
		first.form(path, path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

		// The second browser opened the link before the first used it; its form (and CSRF token) are those of /login.
		HttpResponse<String> refused = second.form("/login", path, Map.of("newPassword", "another-new-password",
				"repeatPassword", "another-new-password"));

		assertThat(refused.statusCode()).isEqualTo(410);
		assertThat(refused.body()).contains("This link has been used already");
		assertThat(Http.basic(port, tenant.userEmail(), NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void anExpiredLinkIsRefusedCleanly() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		String path = issueByApi(tenant.userId());
		WebSession user = WebSession.anonymous(port);
		assertThat(user.get(path).statusCode()).isEqualTo(200);

		clock.advance(Duration.ofHours(24));

		HttpResponse<String> expired = user.get(path);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("This link has expired.");
		assertThat(user.form("/login", path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD))
			.statusCode()).isEqualTo(410);
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void anUnknownLinkGetsAPageNotAnError() {
		HttpResponse<String> unknown = WebSession.anonymous(port).get("/login/reset/not-a-real-token");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("This link is not valid.");
	}

	@Test
	void theNewPasswordFollowsTheRulesAndTheLinkStaysUsableUntilItIsAccepted() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		String path = issueByApi(tenant.userId());
		WebSession user = WebSession.anonymous(port);

		HttpResponse<String> tooShort = user.form(path, path, Map.of("newPassword", "too-short", "repeatPassword", "too-short"));
		HttpResponse<String> email = user.form(path, path, Map.of("newPassword", tenant.userEmail(), "repeatPassword",
				tenant.userEmail()));

		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Use at least 12 characters.");
		assertThat(email.body()).contains("Do not use your e-mail address as your password.");
		assertThat(user.form(path, path, Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD)).statusCode())
			.isEqualTo(302);
	}

	@Test
	void aSignedInCustomerOpensOnlyLinksOfTheirOwnOrganisation() {
		AccountFixtures.Tenant a = fixtures.tenant();
		AccountFixtures.Tenant b = fixtures.tenant();
		String path = issueByApi(a.userId());

		assertThat(WebSession.signIn(port, a.adminEmail()).get(path).statusCode()).isEqualTo(200);
		assertThat(WebSession.signIn(port, b.adminEmail()).get(path).statusCode()).isEqualTo(404);
		assertThat(WebSession.signIn(port, fixtures.staff(Role.AGENT).email()).get(path).statusCode()).isEqualTo(200);
	}

	@Test
	void aNewerLinkReplacesTheOlderOne() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		String older = issueByApi(tenant.userId());
		String newer = issueByApi(tenant.userId());

		assertThat(WebSession.anonymous(port).get(older).statusCode()).isEqualTo(410);
		assertThat(WebSession.anonymous(port).get(newer).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyAdminsIssueLinksAndNeverForThemselvesOrAnotherOrganisation() {
		AccountFixtures.Tenant a = fixtures.tenant();
		AccountFixtures.Tenant b = fixtures.tenant();
		Http adminOfA = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);
		Http userOfA = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD);

		assertThat(adminOfA.post("/api/users/" + b.userId() + "/password-reset", Map.of()).status()).isEqualTo(404);
		assertThat(adminOfA.post("/api/users/" + a.adminId() + "/password-reset", Map.of()).status()).isEqualTo(403);
		assertThat(userOfA.post("/api/users/" + a.adminId() + "/password-reset", Map.of()).status()).isEqualTo(403);
		assertThat(userOfA.get("/api/password-reset-requests").status()).isEqualTo(403);
		assertThat(Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/users/" + a.userId() + "/password-reset", Map.of()).status()).isEqualTo(403);
		Http.Response issued = adminOfA.post("/api/users/" + a.userId() + "/password-reset", Map.of());
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("link").asString()).contains("/login/reset/");
		assertThat(jdbc.sql("select count(*) from accounts_password_reset_link where token_hash = :hash")
			.param("hash", issued.json().get("link").asString().replaceAll(".*/", "")).query(Integer.class).single())
			.as("the token itself is not stored").isZero();
	}

	private String issueByApi(UserId user) {
		Http.Response issued = Http.basic(port, fixtures.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD)
			.post("/api/users/" + user + "/password-reset", Map.of());
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		return URI.create(issued.json().get("link").asString()).getPath();
	}

	private HttpResponse<String> requestReset(String email) {
		return WebSession.anonymous(port).form("/login/forgot", "/login/forgot", Map.of("email", email));
	}
}
