package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;

/** A user changes their own password: rules, errors naming the field, and which sessions survive. */
@SupportdeskTest
class PasswordChangeTests {

	private static final String NEW_PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from accounts_login_failure").update();
	}

	@Test
	void aWrongCurrentPasswordIsRefusedNamingCurrentPassword() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);

		Http.Response refused = user.put("/api/me/password", Map.of("currentPassword", "not-my-password",
				"newPassword", NEW_PASSWORD));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		assertThat(refused.json().get("detail").asString()).contains("currentPassword");
		assertThat(user.get("/api/me").status()).isEqualTo(200);
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.PASSWORD_CHANGE_FAILED);
	}

	@Test
	void aNewPasswordThatIsTooShortOrTheEmailAddressIsRefusedNamingNewPassword() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);

		Http.Response tooShort = user.put("/api/me/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
				"newPassword", "eleven-char"));
		Http.Response email = user.put("/api/me/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
				"newPassword", tenant.userEmail().toUpperCase()));
		Http.Response tooLong = user.put("/api/me/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
				"newPassword", "ü".repeat(40)));

		for (Http.Response refused : java.util.List.of(tooShort, email, tooLong)) {
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
		}
		assertThat(user.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void aChangeOnTheAccountPageEndsTheOtherSessionsAndKeepsThisOne() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession here = WebSession.signIn(port, tenant.userEmail());
		WebSession elsewhere = WebSession.signIn(port, tenant.userEmail());

		HttpResponse<String> changed = here.form("/portal/account", "/portal/account/password", Map.of("currentPassword",
				AccountFixtures.PASSWORD, "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));

		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/account"));
		HttpResponse<String> page = here.get("/portal/account");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Your password was changed.");
		assertThat(here.get("/portal").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/portal").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(401);
		assertThat(Http.basic(port, tenant.userEmail(), NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(audit.about(tenant.userEmail(), 10)).anyMatch(e -> e.action() == AuditAction.PASSWORD_CHANGED);
	}

	@Test
	void aChangeByApiEndsTheWebSessionsAndTheNewPasswordSignsIn() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());

		Http.Response changed = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).put("/api/me/password",
				Map.of("currentPassword", AccountFixtures.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		assertThat(session.get("/portal").statusCode()).isEqualTo(302);
		assertThat(WebSession.signIn(port, tenant.userEmail(), NEW_PASSWORD).get("/portal").statusCode()).isEqualTo(200);
	}

	@Test
	void theAccountPageShowsEachRefusalNextToItsField() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());

		String wrongCurrent = session.form("/portal/account", "/portal/account/password", Map.of("currentPassword",
				"not-my-password", "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD)).body();
		String tooShort = session.form("/portal/account", "/portal/account/password", Map.of("currentPassword",
				AccountFixtures.PASSWORD, "newPassword", "short", "repeatPassword", "short")).body();
		String mismatch = session.form("/portal/account", "/portal/account/password", Map.of("currentPassword",
				AccountFixtures.PASSWORD, "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD + "!")).body();

		assertThat(session.get("/portal/account").body()).contains("for=\"password-new\"", "id=\"password-new\"",
				"for=\"password-repeat\"", "id=\"password-repeat\"");
		assertThat(wrongCurrent).contains("This is not your current password.").doesNotContain("not-my-password");
		assertThat(tooShort).contains("Use at least 12 characters.");
		assertThat(mismatch).contains("The two new passwords differ.");
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void guessingTheCurrentPasswordIsThrottledLikeSignIn() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.bearer(port, Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/me/tokens", Map.of("name", "ci")).json().get("token").asString());
		for (int attempt = 1; attempt <= 5; attempt++) {
			user.put("/api/me/password", Map.of("currentPassword", "guess-" + attempt, "newPassword", NEW_PASSWORD));
		}

		Http.Response throttled = user.put("/api/me/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
				"newPassword", NEW_PASSWORD));

		assertThat(throttled.status()).isEqualTo(429);
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(429);
	}
}
