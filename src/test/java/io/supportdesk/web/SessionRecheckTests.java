package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** A signed-in web session follows its user: new rights and preferences apply on the very next request. */
@SupportdeskTest
class SessionRecheckTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void aManagerDemotedToAgentLosesManagerPagesOnTheNextRequestAndStaysSignedIn() {
		AccountFixtures.Staff manager = fixtures.staff(Role.MANAGER);
		WebSession session = WebSession.signIn(port, manager.email());
		assertThat(session.get("/console/tam/organisations").statusCode()).isEqualTo(200);

		Http admin = Http.basic(port, fixtures.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);
		assertThat(admin.put("/api/users/" + manager.id() + "/role", Map.of("role", "AGENT")).status()).isEqualTo(200);

		assertThat(session.get("/console/tam/organisations").statusCode()).isEqualTo(403);
		assertThat(session.get("/console").statusCode()).isEqualTo(200);
	}

	@Test
	void aPromotionTakesEffectOnTheNextRequest() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());
		assertThat(session.get("/portal/users").statusCode()).isEqualTo(403);

		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		assertThat(admin.put("/api/users/" + tenant.userId() + "/role", Map.of("role", "CUSTOMER_ADMIN")).status())
			.isEqualTo(200);

		assertThat(session.get("/portal/users").statusCode()).isEqualTo(200);
	}

	@Test
	void changedPreferencesReachTheSessionWithoutSigningInAgain() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		WebSession session = WebSession.signIn(port, tenant.userEmail());

		Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.put("/api/me/preferences", Map.of("language", "de", "timeZone", "Europe/Berlin"));

		assertThat(session.get("/portal/account").body()).contains("lang=\"de\"");
	}
}
