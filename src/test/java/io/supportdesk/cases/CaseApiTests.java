package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.RecordedEvents;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

@SupportdeskTest
class CaseApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	RecordedEvents events;

	@Test
	void aPremierCustomerOpensACaseAndSupportWorksItToResolution() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);

		Http.Response opened = customer.post("/api/cases", Map.of("subject", "Exam room frozen", "description",
				"Candidates cannot start", "severity", 2));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		assertThat(opened.json().get("reference").asString()).matches("CS-[A-Z2-9]{4}-[A-Z2-9]{2}");

		assertThat(agent.post("/api/cases/" + id + "/severity", Map.of("severity", 1, "reason", "All sessions down"))
			.json().get("severity").asInt()).isEqualTo(1);
		agent.post("/api/cases/" + id + "/replies", Map.of("body", "Checking the proctoring service", "public", false));
		agent.post("/api/cases/" + id + "/replies", Map.of("body", "Restarting the exam room now"));
		assertThat(agent.post("/api/cases/" + id + "/status", Map.of("status", "PENDING_CUSTOMER")).json().get("status")
			.asString()).isEqualTo("PENDING_CUSTOMER");
		assertThat(customer.post("/api/cases/" + id + "/replies", Map.of("body", "Works again")).json().get("status")
			.asString()).isEqualTo("OPEN");
		assertThat(customer.post("/api/cases/" + id + "/status", Map.of("status", "RESOLVED")).json().get("status")
			.asString()).isEqualTo("RESOLVED");

		JsonNode seenByCustomer = customer.get("/api/cases/" + id).json();
		assertThat(seenByCustomer.get("messages").valueStream().map(m -> m.get("kind").asString()))
			.containsExactly("PUBLIC_REPLY", "CUSTOMER_REPLY");
		assertThat(seenByCustomer.get("history").valueStream().map(h -> h.get("detail").asString()))
			.anyMatch(detail -> detail.contains("All sessions down"));
		JsonNode classified = seenByCustomer.get("history").valueStream()
			.filter(h -> h.get("type").asString().equals("CLASSIFIED")).findFirst().orElseThrow();
		assertThat(classified.get("facts").get("fromSeverity").asInt()).isEqualTo(2);
		assertThat(classified.get("facts").get("toSeverity").asInt()).isEqualTo(1);
		assertThat(classified.get("facts").get("reason").asString()).isEqualTo("All sessions down");
		assertThat(agent.get("/api/cases/" + id).json().get("messages").size()).isEqualTo(3);
		assertThat(events.of(SupportReplied.class, e -> e.caseId().toString().equals(id))).hasSize(1);
		assertThat(events.of(InternalNoteAdded.class, e -> e.caseId().toString().equals(id))).hasSize(1);
	}

	@Test
	void waitingOnTheCustomerWithoutAPublicReplyIsAConflict() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Question", "description", "How do I", "severity", 4))
			.json().get("id").asString();

		Http.Response refused = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + id + "/status", Map.of("status", "PENDING_CUSTOMER"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("only after a public reply");
	}

	@Test
	void aStandardCustomerSubmitsCasesButCannotListOrReadThem() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);

		Http.Response opened = customer.post("/api/cases", Map.of("subject", "Question", "description", "How?", "severity", 3));
		assertThat(opened.status()).isEqualTo(201);

		Http.Response list = customer.get("/api/cases");
		assertThat(list.status()).isEqualTo(403);
		assertThat(list.json().get("entitlement").asString()).isEqualTo("PORTAL_CASE_MANAGEMENT");
		assertThat(customer.get("/api/cases/" + opened.json().get("id").asString()).status()).isEqualTo(403);
	}

	@Test
	void customerUsersSeeTheirOwnCasesAndCustomerAdminsAllOfTheOrganisations() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		String adminsCase = admin.post("/api/cases", Map.of("subject", "Admin's", "description", "x", "severity", 4))
			.json().get("id").asString();
		String usersCase = user.post("/api/cases", Map.of("subject", "User's", "description", "x", "severity", 4))
			.json().get("id").asString();

		assertThat(user.get("/api/cases").json().valueStream().map(c -> c.get("id").asString())).containsExactly(usersCase);
		assertThat(user.get("/api/cases/" + adminsCase).status()).isEqualTo(404);
		assertThat(admin.get("/api/cases").json().valueStream().map(c -> c.get("id").asString()))
			.containsExactlyInAnyOrder(adminsCase, usersCase);
	}

	@Test
	void aCustomerUserFollowsACaseOnceItIsSharedWithThem() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		String id = admin.post("/api/cases", Map.of("subject", "Admin's", "description", "x", "severity", 4))
			.json().get("id").asString();
		assertThat(user.get("/api/cases/" + id).status()).isEqualTo(404);

		Http.Response shared = admin.post("/api/cases/" + id + "/shares", Map.of("userId", tenant.userId().toString()));

		assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
		assertThat(user.get("/api/cases/" + id).status()).isEqualTo(200);
		assertThat(user.get("/api/cases").json().valueStream().map(c -> c.get("id").asString())).contains(id);
		assertThat(user.post("/api/cases/" + id + "/replies", Map.of("body", "Me too")).status()).isEqualTo(200);
		AccountFixtures.Tenant other = accounts.tenant();
		assertThat(admin.post("/api/cases/" + id + "/shares", Map.of("userId", other.userId().toString())).status())
			.as("only within the organisation").isEqualTo(400);
	}

	@Test
	void casesAreFoundByTheirReference() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String reference = admin.post("/api/cases", Map.of("subject", "Find me", "description", "x", "severity", 4))
			.json().get("reference").asString();

		Http.Response found = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/cases?q=" + reference.toLowerCase());

		assertThat(found.json().valueStream().map(c -> c.get("reference").asString())).containsExactly(reference);
	}

	@Test
	void customersCannotClassifyOrWriteInternalNotes() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		String id = customer.post("/api/cases", Map.of("subject", "S", "description", "D", "severity", 3)).json().get("id")
			.asString();
		assertThat(customer.post("/api/cases/" + id + "/severity", Map.of("severity", 1, "reason", "urgent")).status())
			.isEqualTo(403);
		Http.Response note = customer.post("/api/cases/" + id + "/replies", Map.of("body", "secret", "public", false));
		assertThat(note.status()).isEqualTo(400);
		assertThat(note.json().get("errors").get(0).get("field").asString()).isEqualTo("public");
	}
}
