package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the README's run command starts: the application with the {@code demo} profile. It is healthy
 * and the demo people listed in the README sign in with the README's password. Its context is closed
 * after the class: no other test shares it, and a cached one would keep its SLA timer scheduler
 * polling the shared database, firing timers that SlaTimerTests expects its own instances to fire.
 */
@DirtiesContext
@SpringBootTest(classes = SupportdeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoProfileTests {

	/** The password the README lists for every demo user. */
	static final String README_PASSWORD = "supportdesk-demo";

	@LocalServerPort
	int port;

	@Test
	void theDemoApplicationIsHealthy() {
		assertThat(Http.anonymous(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	@ParameterizedTest(name = "{0} signs in as {1}")
	@CsvSource({
			"admin@acme.example,            CUSTOMER_ADMIN",
			"user@acme.example,             CUSTOMER_USER",
			"admin@globex.example,          CUSTOMER_ADMIN",
			"admin@northwind.example,       CUSTOMER_ADMIN",
			"anna.berger@supportdesk.local, AGENT",
			"luc.martin@supportdesk.local,  AGENT",
			"sofia.garcia@supportdesk.local, AGENT",
			"tomas.keller@supportdesk.local, TAM",
			"maria.schmidt@supportdesk.local, MANAGER",
			"olga.weber@supportdesk.local,  OPERATIONS" })
	void everyDemoUserOfTheReadmeSignsIn(String email, String role) {
		Http.Response me = Http.basic(port, email, README_PASSWORD).get("/api/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().get("role").asString()).isEqualTo(role);
	}

	@ParameterizedTest(name = "{0} is on {1}")
	@CsvSource({ "admin@acme.example, PREMIER", "admin@globex.example, STANDARD",
			"admin@northwind.example, PROCTORED_EXAM_24X7" })
	void eachDemoOrganisationHasItsPlan(String admin, String plan) {
		Http customer = Http.basic(port, admin, README_PASSWORD);
		String organisation = customer.get("/api/me").json().get("organisationId").asString();
		Http.Response entitlements = customer.get("/api/organisations/" + organisation + "/entitlements");
		assertThat(entitlements.json().get("plans").get(0).asString()).isEqualTo(plan);
	}

	@Test
	void theDemoPremierOrganisationHasItsTam() {
		Http customer = Http.basic(port, "user@acme.example", README_PASSWORD);
		String organisation = customer.get("/api/me").json().get("organisationId").asString();
		assertThat(customer.get("/api/organisations/" + organisation + "/tam").json().get("email").asString())
			.isEqualTo("tomas.keller@supportdesk.local");
	}

	@Test
	void theDemoHasThreeCustomerOrganisations() {
		Http.Response organisations = Http.basic(port, "maria.schmidt@supportdesk.local", README_PASSWORD)
			.get("/api/organisations");
		assertThat(organisations.json().valueStream().map(o -> o.get("name").asString()))
			.contains("Acme Analytics", "Globex Learning", "Northwind Exams");
	}
}
