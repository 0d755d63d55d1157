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

/** Disabling a user: sign-in refused, sessions ended on their next request, tokens revoked; and who may. */
@SupportdeskTest
class DisablingTests {

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
	void aDisabledUsersSessionTokenAndPasswordStopWorkingAtOnce() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());
		Http basic = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http bearer = Http.bearer(port, basic.post("/api/me/tokens", Map.of("name", "ci")).json().get("token").asString());
		assertThat(session.get("/portal").statusCode()).isEqualTo(200);
		assertThat(bearer.get("/api/me").status()).isEqualTo(200);
		AccountFixtures.Staff admin = fixtures.staff(Role.ADMIN);

		Http.Response disabled = Http.basic(port, admin.email(), AccountFixtures.PASSWORD)
			.put("/api/users/" + tenant.userId() + "/enabled", Map.of("enabled", false));

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		HttpResponse<String> next = session.get("/portal");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		assertThat(session.get("/portal").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(bearer.get("/api/me").status()).isEqualTo(401);
		assertThat(basic.get("/api/me").status()).isEqualTo(401);
		assertThat(signIn(tenant.userEmail(), AccountFixtures.PASSWORD)).endsWith("/login?disabled");
		assertThat(signIn(tenant.userEmail(), "not-the-password")).endsWith("/login?error");
		assertThat(jdbc.sql("select count(*) from accounts_api_token where user_id = :user and revoked_at is null")
			.param("user", tenant.userId().value()).query(Integer.class).single()).isZero();
		assertThat(audit.about(tenant.userEmail(), 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.USER_DISABLED);
			assertThat(entry.actor()).isEqualTo(admin.email());
		});
	}

	@Test
	void aReEnabledUserSignsInAgainButTheirRevokedTokensStayRevoked() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http basic = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http bearer = Http.bearer(port, basic.post("/api/me/tokens", Map.of("name", "ci")).json().get("token").asString());
		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		admin.put("/api/users/" + tenant.userId() + "/enabled", Map.of("enabled", false));

		Http.Response enabled = admin.put("/api/users/" + tenant.userId() + "/enabled", Map.of("enabled", true));

		assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
		assertThat(basic.get("/api/me").status()).isEqualTo(200);
		assertThat(WebSession.signIn(port, tenant.userEmail()).get("/portal").statusCode()).isEqualTo(200);
		assertThat(bearer.get("/api/me").status()).isEqualTo(401);
		assertThat(audit.about(tenant.userEmail(), 20)).anyMatch(e -> e.action() == AuditAction.USER_ENABLED
				&& tenant.adminEmail().equals(e.actor()));
	}

	@Test
	void customerAdminsDisableTheirOwnOrganisationsUsersOnly() {
		AccountFixtures.Tenant a = fixtures.tenant();
		AccountFixtures.Tenant b = fixtures.tenant();
		Http adminOfA = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);

		assertThat(adminOfA.put("/api/users/" + b.userId() + "/enabled", Map.of("enabled", false)).status()).isEqualTo(404);
		assertThat(adminOfA.put("/api/users/" + a.adminId() + "/enabled", Map.of("enabled", false)).status()).isEqualTo(403);
		assertThat(Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD)
			.put("/api/users/" + a.adminId() + "/enabled", Map.of("enabled", false)).status()).isEqualTo(403);
		assertThat(Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.put("/api/users/" + a.userId() + "/enabled", Map.of("enabled", false)).status()).isEqualTo(403);
		assertThat(Http.basic(port, b.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(adminOfA.put("/api/users/" + a.userId() + "/enabled", Map.of("enabled", false)).status()).isEqualTo(200);
	}

	@Test
	void aCustomerAdminDisablesAUserFromThePortalListButHasNoButtonForThemselves() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession admin = WebSession.signIn(port, tenant.adminEmail());
		String list = admin.get("/portal/users").body();
		assertThat(list).contains("/portal/users/" + tenant.userId() + "/disable")
			.doesNotContain("/portal/users/" + tenant.adminId() + "/disable");

		HttpResponse<String> disabled = admin.form("/portal/users", "/portal/users/" + tenant.userId() + "/disable", Map.of());

		assertThat(disabled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/users"));
		assertThat(admin.get("/portal/users").body()).contains(tenant.userEmail() + " was disabled")
			.contains("/portal/users/" + tenant.userId() + "/enable");
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void adminsDisableFromTheConsoleListsAndOtherStaffSeeNoButtons() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		AccountFixtures.Staff agent = fixtures.staff(Role.AGENT);
		WebSession admin = WebSession.signIn(port, fixtures.staff(Role.ADMIN).email());
		String page = "/console/organisations/" + tenant.id();
		assertThat(WebSession.signIn(port, fixtures.staff(Role.MANAGER).email()).get(page).body()).doesNotContain("/disable");

		HttpResponse<String> disabled = admin.form(page, "/console/users/" + tenant.userId() + "/disable", Map.of());
		assertThat(disabled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
		HttpResponse<String> staffDisabled = admin.form("/console/staff", "/console/users/" + agent.id() + "/disable", Map.of());
		assertThat(staffDisabled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/staff"));

		assertThat(admin.get("/console/staff").body()).contains(agent.email() + " was disabled");
		assertThat(Http.basic(port, agent.email(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(401);
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").status()).isEqualTo(401);
		assertThat(WebSession.signIn(port, fixtures.staff(Role.AGENT).email()).get("/console/staff").statusCode()).isEqualTo(403);
	}

	private String signIn(String email, String password) {
		WebSession browser = WebSession.anonymous(port);
		return browser.form("/login", "/login", Map.of("email", email, "password", password)).headers()
			.firstValue("Location").orElseThrow();
	}
}
