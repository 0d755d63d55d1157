package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** Trial licences, paid add-ons and TAMs: what customers ask for and staff deliver. */
@SupportdeskTest
class ProgrammeServicesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTrialLicenceIsRequestedIssuedAndItsKeyShownOnceToItsRequester() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http requester = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		Http.Response requested = requester.post("/api/organisations/" + tenant.id() + "/trial-licences",
				Map.of("product", "Constructor Proctor", "purpose", "Staging exams", "days", 30));
		assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
		String id = requested.json().get("id").asString();
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		assertThat(agent.get("/api/trial-licences").body()).contains(id);

		Http.Response issued = agent.post("/api/trial-licences/" + id + "/issue", Map.of());

		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(issued.json().get("nonProduction").asBoolean()).isTrue();
		assertThat(issued.json().get("key").isNull()).as("the agent never sees the key").isTrue();
		Http.Response first = requester.get("/api/trial-licences/" + id);
		String key = first.json().get("key").asString();
		assertThat(key).matches("NP(-[A-Z2-9]{5}){4}");
		assertThat(first.json().get("keyHint").asString()).isEqualTo(key.substring(key.length() - 5));
		Http.Response second = requester.get("/api/trial-licences/" + id);
		assertThat(second.json().get("key").isNull()).as("shown once").isTrue();
		String stored = jdbc.sql("select key_hash || coalesce(key_once, '') from plans_trial_licence where id = :id")
			.param("id", UUID.fromString(id)).query(String.class).single();
		assertThat(stored).isEqualTo(TrialLicenceManagement.hash(key));
	}

	@Test
	void anotherCustomerCannotSeeATrialLicence() {
		AccountFixtures.Tenant owner = accounts.tenant();
		plans.subscribe(owner.id(), PlanCode.PREMIER);
		String id = Http.basic(port, owner.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + owner.id() + "/trial-licences", Map.of("product", "Proctor", "purpose", "QA"))
			.json().get("id").asString();
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(other.id(), PlanCode.PREMIER);

		assertThat(Http.basic(port, other.adminEmail(), AccountFixtures.PASSWORD).get("/api/trial-licences/" + id)
			.status()).isEqualTo(404);
	}

	@Test
	void aTrialLicenceLongerThanThePlanAllowsIsRefused() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http.Response refused = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).post("/api/organisations/"
				+ tenant.id() + "/trial-licences", Map.of("product", "Proctor", "purpose", "QA", "days", 120));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("days");
	}

	@Test
	void aPaidAddOnMovesFromRequestedToDelivered() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String id = customer.post("/api/organisations/" + tenant.id() + "/addons",
				Map.of("kind", "TRAINING", "description", "Two days of proctor training")).json().get("id").asString();
		Http operations = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD);

		assertThat(operations.post("/api/addons/" + id + "/deliver", Map.of()).status()).as("not yet scheduled").isEqualTo(409);
		assertThat(operations.post("/api/addons/" + id + "/quote", Map.of("amount", 2400, "currency", "EUR", "hours", 16))
			.json().get("status").asString()).isEqualTo("QUOTED");
		assertThat(operations.post("/api/addons/" + id + "/schedule", Map.of("date", "2027-02-15")).json().get("status")
			.asString()).isEqualTo("SCHEDULED");
		assertThat(operations.post("/api/addons/" + id + "/deliver", Map.of()).json().get("status").asString())
			.isEqualTo("DELIVERED");

		var listed = customer.get("/api/organisations/" + tenant.id() + "/addons").json().get(0);
		assertThat(listed.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(listed.get("amount").decimalValue()).isEqualByComparingTo("2400");
		assertThat(listed.get("scheduledFor").asString()).isEqualTo("2027-02-15");
		assertThat(customer.post("/api/addons/" + id + "/decline", Map.of("reason", "no")).status()).isEqualTo(403);
	}

	@Test
	void aManagerAssignsATamToAPremierOrganisationAndItsCustomersSeeThem() {
		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER);
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		Http.Response assigned = manager.put("/api/organisations/" + premier.id() + "/tam", Map.of("tamId", tam.id().toString()));

		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		Http.Response seen = Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD)
			.get("/api/organisations/" + premier.id() + "/tam");
		assertThat(seen.json().get("email").asString()).isEqualTo(tam.email());

		AccountFixtures.Tenant standard = accounts.tenant();
		plans.subscribe(standard.id(), PlanCode.STANDARD);
		Http.Response refused = manager.put("/api/organisations/" + standard.id() + "/tam", Map.of("tamId", tam.id().toString()));
		assertThat(refused.status()).isEqualTo(409);
		Http.Response notATam = manager.put("/api/organisations/" + premier.id() + "/tam",
				Map.of("tamId", accounts.staff(Role.AGENT).id().toString()));
		assertThat(notATam.status()).isEqualTo(400);
		assertThat(notATam.json().get("errors").get(0).get("field").asString()).isEqualTo("tamId");
	}
}
