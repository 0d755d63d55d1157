package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;

/**
 * Two nodes behind a load balancer serve one signed-in user: web sessions live in PostgreSQL (Spring
 * Session JDBC), so a browser signed in on one instance is signed in on the other, its forms' CSRF token
 * holds on both, and signing out on one ends the session on both.
 */
@SupportdeskTest
class TwoNodeSessionTests {

	static SecondInstance second;

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement management;

	@BeforeAll
	static void aSecondNode() {
		second = SecondInstance.start("sessions-second");
	}

	@AfterAll
	static void stopTheSecondNode() {
		second.close();
	}

	@Test
	void aUserSignedInOnOneNodeIsServedByTheOtherAndSigningOutThereEndsItOnBoth() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		WebSession first = WebSession.signIn(port, tenant.userEmail());
		WebSession other = first.on(secondPort());
		assertThat(jdbc.sql("select count(*) from accounts_web_session where principal_name = :email")
			.param("email", tenant.userEmail()).query(Integer.class).single()).as("the session is in the database").isEqualTo(1);

		HttpResponse<String> portal = other.get("/portal/account");
		assertThat(portal.statusCode()).as("the other node knows the session").isEqualTo(200);
		assertThat(portal.body()).contains(tenant.userEmail());

		// a form of the other node's page, posted to the first: the CSRF token is the session's, not a node's
		HttpResponse<String> saved = first.formWithToken(other.csrfToken("/portal/account"), "/portal/account/preferences",
				Map.of("language", "DE", "timeZone", "Europe/Berlin", "_caseMail", "on"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(management.findUser(tenant.userId()).orElseThrow().language()).isEqualTo(io.supportdesk.shared.Language.DE);
		assertThat(other.get("/portal/account").statusCode()).as("still signed in on the other after the change").isEqualTo(200);

		HttpResponse<String> signedOut = other.form("/portal/account", "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut"));
		HttpResponse<String> afterwards = first.get("/portal/account");
		assertThat(afterwards.statusCode()).as("signed out on both").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	private static int secondPort() {
		return Integer.parseInt(second.context().getEnvironment().getProperty("local.server.port"));
	}
}
