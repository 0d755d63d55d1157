package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.RecordedEvents;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.InvalidInput;

/** Imports replay a history through the live rules, publish the same events with the original instants, or store nothing. */
@SupportdeskTest
class CaseImportTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	RecordedEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseImport imports;

	@Autowired
	CaseManagement cases;

	@Test
	void anImportedCaseIsRebuiltAndItsEventsPublishedOnceWithTheirOriginalInstants() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		Http.Response imported = manager.post("/api/import/cases", body(tenant, List.of(
				event("2026-03-27T17:00:00Z", "OPENED", Map.of("severity", 2, "channel", "EMAIL")),
				event("2026-03-27T17:05:00Z", "CLASSIFIED", Map.of("severity", 1, "reason", "Exam day outage")),
				event("2026-03-27T17:10:00Z", "INTERNAL_NOTE", Map.of()),
				event("2026-03-27T17:12:00Z", "SUPPORT_REPLIED", Map.of("body", "We are on it")),
				event("2026-03-27T17:20:00Z", "WAITING_ON_CUSTOMER", Map.of()),
				event("2026-03-27T18:00:00Z", "CUSTOMER_REPLIED", Map.of()),
				event("2026-03-27T18:00:00Z", "RESOLVED", Map.of()),
				event("2026-03-30T09:00:00Z", "REOPENED", Map.of()),
				event("2026-03-30T09:30:00Z", "RESOLVED", Map.of()),
				event("2026-04-02T09:00:00Z", "CLOSED", Map.of()))));

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		String id = imported.json().get("id").asString();
		var opened = events.of(CaseOpened.class, e -> e.caseId().toString().equals(id));
		assertThat(opened).singleElement().satisfies(e -> {
			assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T17:00:00Z"));
			assertThat(e.severity()).isEqualTo(2);
			assertThat(e.channel()).isEqualTo(Channel.EMAIL);
		});
		assertThat(events.of(CaseClassified.class, e -> e.caseId().toString().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T17:05:00Z")));
		assertThat(events.of(SupportReplied.class, e -> e.caseId().toString().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-03-27T17:12:00Z")));
		assertThat(events.of(CaseWaitingOnCustomer.class, e -> e.caseId().toString().equals(id))).hasSize(1);
		assertThat(events.of(CustomerReplied.class, e -> e.caseId().toString().equals(id))).hasSize(1);
		assertThat(events.of(CaseResolved.class, e -> e.caseId().toString().equals(id))).hasSize(2);
		assertThat(events.of(CaseReopened.class, e -> e.caseId().toString().equals(id))).hasSize(1);
		assertThat(events.of(CaseClosed.class, e -> e.caseId().toString().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-04-02T09:00:00Z")));
		var stored = manager.get("/api/cases/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("CLOSED");
		assertThat(stored.get("severity").asInt()).isEqualTo(1);
		assertThat(stored.get("openedAt").asString()).isEqualTo("2026-03-27T17:00:00Z");
	}

	@Test
	void eventsOutOfOrderAreRefusedNamingTheEventAndNothingIsStored() {
		assertRefused(List.of(event("2026-03-27T17:00:00Z", "OPENED", Map.of("severity", 2)),
				event("2026-03-27T17:10:00Z", "SUPPORT_REPLIED", Map.of()),
				event("2026-03-27T17:05:00Z", "RESOLVED", Map.of())), "events[2]");
	}

	@Test
	void eventsInTheFutureAreRefused() {
		assertRefused(List.of(event("2026-03-27T17:00:00Z", "OPENED", Map.of("severity", 2)),
				event("2099-01-01T00:00:00Z", "RESOLVED", Map.of())), "events[1]");
	}

	@Test
	void anEventThatBreaksAGuardIsRefusedNamingIt() {
		// Waiting on the customer before any public reply from support is not allowed, live or imported.
		assertRefused(List.of(event("2026-03-27T17:00:00Z", "OPENED", Map.of("severity", 2)),
				event("2026-03-27T17:05:00Z", "INTERNAL_NOTE", Map.of()),
				event("2026-03-27T17:06:00Z", "WAITING_ON_CUSTOMER", Map.of())), "events[2]");
	}

	@Test
	void aHistoryMustStartByOpeningTheCase() {
		assertRefused(List.of(event("2026-03-27T17:00:00Z", "SUPPORT_REPLIED", Map.of())), "events[0]");
	}

	@Test
	void supportEventsAreDoneByTheStaffMemberTheyName() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		CaseId id = imports.importCase(CurrentUser.system(), imported(tenant, List.of(
				new ImportedEvent(Instant.parse("2026-03-27T17:00:00Z"), "OPENED", 2, Channel.EMAIL, null, null),
				new ImportedEvent(Instant.parse("2026-03-27T17:05:00Z"), "CLASSIFIED", 1, null, "Exam day outage", null,
						agent.id()),
				new ImportedEvent(Instant.parse("2026-03-27T17:12:00Z"), "SUPPORT_REPLIED", null, null, null, "On it",
						agent.id()),
				new ImportedEvent(Instant.parse("2026-03-27T17:30:00Z"), "CUSTOMER_REPLIED", null, null, null, "Thanks"))));

		CaseView stored = cases.caseView(CurrentUser.system(), id);
		assertThat(stored.messages()).extracting(CaseView.Message::authorId).containsExactly(agent.id(), tenant.userId());
		assertThat(stored.history()).filteredOn(h -> h.type().equals("CLASSIFIED")).singleElement()
			.satisfies(h -> assertThat(h.actorId()).isEqualTo(agent.id()));
	}

	@Test
	void anAuthorWhoIsNoMemberOfStaffIsRefusedNamingTheEvent() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThatThrownBy(() -> imports.importCase(CurrentUser.system(), imported(tenant, List.of(
				new ImportedEvent(Instant.parse("2026-03-27T17:00:00Z"), "OPENED", 2, Channel.EMAIL, null, null),
				new ImportedEvent(Instant.parse("2026-03-27T17:12:00Z"), "SUPPORT_REPLIED", null, null, null, "On it",
						tenant.adminId())))))
			.isInstanceOfSatisfying(InvalidInput.class, refusal -> assertThat(refusal.field()).isEqualTo("events[1]"));
		assertThat(jdbc.sql("select count(*) from cases_case where organisation_id = :o").param("o", tenant.id().value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void customersCannotImport() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http.Response refused = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).post("/api/import/cases",
				body(tenant, List.of(event("2026-03-27T17:00:00Z", "OPENED", Map.of("severity", 2)))));
		assertThat(refused.status()).isEqualTo(403);
	}

	private void assertRefused(List<Map<String, Object>> history, String field) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http.Response refused = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/import/cases", body(tenant, history));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(jdbc.sql("select count(*) from cases_case where organisation_id = :o").param("o", tenant.id().value())
			.query(Integer.class).single()).isZero();
	}

	private static CaseImport.ImportedCase imported(AccountFixtures.Tenant tenant, List<ImportedEvent> history) {
		return new CaseImport.ImportedCase(tenant.id(), tenant.userId(), "Imported", "From the old desk", null, "en",
				history);
	}

	private static Map<String, Object> body(AccountFixtures.Tenant tenant, List<Map<String, Object>> history) {
		return Map.of("organisationId", tenant.id().toString(), "subject", "Imported", "description", "From the old desk",
				"language", "en", "events", history);
	}

	private static Map<String, Object> event(String at, String type, Map<String, Object> more) {
		var event = new java.util.HashMap<String, Object>(more);
		event.put("at", at);
		event.put("type", type);
		return event;
	}
}
