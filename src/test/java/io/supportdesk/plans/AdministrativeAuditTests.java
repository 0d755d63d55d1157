package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;

/**
 * Every administrative change (plans, calendars, subscriptions, account managers; roles and domains
 * in the accounts tests) is in the audit log with who made it and the state before and after; a
 * refused change leaves no entry, because the entry is written in the change's own transaction.
 */
@SupportdeskTest
class AdministrativeAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	MutableClock clock;

	@Test
	void aPlanEditIsAuditedWithThePlanBeforeAndAfter() {
		PlanCode code = new PlanCode("AUDIT_" + (System.nanoTime() % 1_000_000));
		catalogue.put(CurrentUser.system(), code, PlanSeeds.standard(), Instant.EPOCH);
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);

		Http.Response edited = Http.basic(port, manager.email(), AccountFixtures.PASSWORD).put("/api/plans/" + code,
				Map.of("name", "Standard plus", "entitlements", List.of("KNOWLEDGE_BASE"), "targets",
						List.of(Map.of("severity", 1, "metric", "FIRST_RESPONSE", "amount", 2, "unit", "HOURS", "calendar",
								"Standard business hours"))));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

		JsonNode change = onlyChangeOf("plan " + code);
		assertThat(change.get("action").asString()).isEqualTo("PLAN_CHANGED");
		assertThat(change.get("actor").asString()).isEqualTo(manager.email());
		// the seeded version (in force from the epoch) before, the manager's version after
		assertThat(change.get("before").asString()).contains("\"name\" : \"Standard\"", "1970-01-01T00:00:00Z")
			.doesNotContain("Standard plus");
		assertThat(change.get("after").asString()).contains("\"name\" : \"Standard plus\"");
	}

	@Test
	void aRefusedPlanEditLeavesNoAuditEntry() {
		PlanCode code = new PlanCode("AUDIT_" + (System.nanoTime() % 1_000_000));
		catalogue.put(CurrentUser.system(), code, PlanSeeds.standard(), Instant.EPOCH);
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);

		// an hour in the past: refused after the edit counter was taken, so the transaction rolls back
		Http.Response refused = manager.put("/api/plans/" + code, Map.of("name", "Never", "entitlements",
				List.of("KNOWLEDGE_BASE"), "targets", List.of(), "effectiveFrom", clock.instant().minusSeconds(3600).toString()));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);

		assertThat(changesOf("plan " + code)).isEmpty();
	}

	@Test
	void aCalendarsCreationAndItsHolidayAreAuditedWithTheDefinitionBeforeAndAfter() {
		String name = "Audit calendar " + UUID.randomUUID();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response created = manager.post("/api/calendars", Map.of("name", name, "zone", "Europe/Berlin", "alwaysOpen",
				false, "weeklyHours", Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "18:00")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Http.Response holiday = manager.post("/api/calendars/" + id + "/holidays", Map.of("date", "2031-12-24"));
		assertThat(holiday.status()).as(holiday.toString()).isEqualTo(200);

		List<JsonNode> changes = changesOf("calendar " + name);
		assertThat(changes).extracting(c -> c.get("action").asString()).containsExactly("CALENDAR_CHANGED", "CALENDAR_CREATED");
		JsonNode creation = changes.get(1);
		assertThat(creation.get("before").isNull()).isTrue();
		assertThat(creation.get("after").asString()).contains("Europe/Berlin", "08:00");
		JsonNode added = changes.get(0);
		assertThat(added.get("before").asString()).doesNotContain("2031-12-24");
		assertThat(added.get("after").asString()).contains("2031-12-24");
	}

	@Test
	void aSubscriptionsRecordingAndRenewalAreAuditedWithTheTermBeforeAndAfter() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String base = "/api/organisations/" + tenant.id() + "/subscriptions";
		Http.Response recorded = manager.post(base, Map.of("plan", "STANDARD", "product", "Proctor", "start",
				"2026-01-01T00:00:00Z", "end", "2027-01-01T00:00:00Z"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		String id = recorded.json().get("id").asString();
		Http.Response renewed = manager.post(base + "/" + id + "/renew", Map.of("end", "2028-01-01T00:00:00Z"));
		assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);

		List<JsonNode> changes = changesOf("subscription " + id + " of organisation " + tenant.id());
		assertThat(changes).extracting(c -> c.get("action").asString())
			.containsExactly("SUBSCRIPTION_CHANGED", "SUBSCRIPTION_RECORDED");
		assertThat(changes.get(0).get("before").asString()).contains("2027-01-01T00:00:00Z").doesNotContain("2028");
		assertThat(changes.get(0).get("after").asString()).contains("2028-01-01T00:00:00Z");
	}

	@Autowired
	PlanFixtures plans;

	@Test
	void anAccountManagersAssignmentIsAuditedWithTheManagerBeforeAndAfter() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff first = accounts.staff(Role.TAM);
		AccountFixtures.Staff second = accounts.staff(Role.TAM);
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String tam = "/api/organisations/" + tenant.id() + "/tam";
		assertThat(manager.put(tam, Map.of("tamId", first.id().toString())).status()).isEqualTo(200);
		assertThat(manager.put(tam, Map.of("tamId", second.id().toString())).status()).isEqualTo(200);

		List<JsonNode> changes = changesOf("organisation Org " + tenant.adminEmail().substring(6, 14));
		assertThat(changes).extracting(c -> c.get("action").asString()).containsOnly("ACCOUNT_MANAGER_ASSIGNED");
		// newest first: the reassignment (first -> second), then the first assignment (none -> first)
		assertThat(changes.get(0).get("before").asString()).isEqualTo(first.email());
		assertThat(changes.get(0).get("after").asString()).isEqualTo(second.email());
		assertThat(changes.get(1).get("before").isNull()).isTrue();
		assertThat(changes.get(1).get("after").asString()).isEqualTo(first.email());
	}

	@Test
	void replacingAnOrganisationsMailDomainsIsAuditedWithTheDomainsBeforeAndAfter() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String path = "/api/organisations/" + tenant.id() + "/domains";
		assertThat(manager.put(path, Map.of("domains", List.of("a-" + tag + ".example"))).status()).isEqualTo(200);
		assertThat(manager.put(path, Map.of("domains", List.of("b-" + tag + ".example", "a-" + tag + ".example")))
			.status()).isEqualTo(200);

		JsonNode latest = changesOf("organisation " + tenant.id()).get(0);
		assertThat(latest.get("action").asString()).isEqualTo("ORGANISATION_DOMAINS_CHANGED");
		assertThat(latest.get("before").asString()).isEqualTo("a-" + tag + ".example");
		assertThat(latest.get("after").asString()).isEqualTo("a-" + tag + ".example\nb-" + tag + ".example");
	}

	@Test
	void theConsoleShowsAChangesBeforeAndAfterSideBySideToAdministratorsOnly() {
		PlanCode code = new PlanCode("AUDIT_" + (System.nanoTime() % 1_000_000));
		catalogue.put(CurrentUser.system(), code, PlanSeeds.standard(), Instant.EPOCH);
		Http.Response edited = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.put("/api/plans/" + code, Map.of("name", "Standard audited", "entitlements", List.of("KNOWLEDGE_BASE"),
					"targets", List.of()));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

		var page = WebSession.signIn(port, accounts.staff(Role.ADMIN).email()).get("/console/audit?changes=true");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("plan " + code, "class=\"diff-change\"", "Standard audited");
		assertThat(WebSession.signIn(port, accounts.staff(Role.MANAGER).email()).get("/console/audit?changes=true")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theAuditApiRefusesALimitOutOfRangeNamingIt() {
		Http admin = Http.basic(port, accounts.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);
		Http.Response refused = admin.get("/api/audit/changes?limit=0");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.toString()).contains("limit");
	}

	/** The administrative changes about one subject, newest first. */
	private List<JsonNode> changesOf(String subject) {
		Http admin = Http.basic(port, accounts.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);
		Http.Response changes = admin.get("/api/audit/changes?limit=1000");
		assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
		return changes.json().valueStream().filter(c -> subject.equals(c.get("subject").asString())).toList();
	}

	private JsonNode onlyChangeOf(String subject) {
		List<JsonNode> changes = changesOf(subject);
		assertThat(changes).hasSize(1);
		return changes.get(0);
	}
}
