package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;

/**
 * A calendar edited while a case is open applies from the edit on: business time before it counted
 * under the old hours. (Here, in the plans package, a plan of its own runs on a calendar of its own,
 * so the edit touches no other test.)
 */
@SupportdeskTest
class CalendarEditSlaTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	PlanCatalogue catalogue;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCalendarEditWhileACaseIsOpenMovesItsDueInstantFromTheEditOn() {
		String calendar = "Edit test " + UUID.randomUUID();
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		// Monday 7 December 2026, 08:00 CET (07:00Z): the calendar opens Monday to Friday 08:00-20:00.
		clock.set(Instant.parse("2026-12-07T07:00:00Z"));
		String calendarId = manager.post("/api/calendars", Map.of("name", calendar, "zone", "Europe/Berlin", "weeklyHours",
				week("08:00", "20:00"))).json().get("id").asString();
		PlanCode code = new PlanCode("EDIT_" + (System.nanoTime() % 1_000_000));
		catalogue.put(CurrentUser.system(), code, new PlanChange("Edit test", "", Set.of(Entitlement.PORTAL_CASE_MANAGEMENT),
				0, List.of(new PlanChange.Target(2, Metric.FIRST_RESPONSE, 8, TargetUnit.HOURS, calendar, false))),
				Instant.EPOCH);
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), code, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
		// Severity 2, 8 business hours from Monday 08:00 CET: due Monday 16:00 CET = 15:00Z.
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Edited", "description", "x", "severity", 2)).json().get("id").asString();
		assertThat(due(caseId)).isEqualTo("2026-12-07T15:00:00Z");

		// At 10:00 CET (09:00Z) the hours become 08:00-12:00. Two hours were used under the old hours
		// (08:00-10:00); 10:00-12:00 on Monday adds two more; the last four fill Tuesday 08:00-12:00 and
		// end exactly at its closing, so (SPEC.md §2) the case is due at the next opening: Wednesday
		// 9 December 08:00 CET = 07:00Z. (Under the old hours alone it would still be Monday 15:00Z.)
		clock.set(Instant.parse("2026-12-07T09:00:00Z"));
		Http.Response edited = manager.put("/api/calendars/" + calendarId, Map.of("name", calendar, "zone", "Europe/Berlin",
				"weeklyHours", week("08:00", "12:00")));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

		assertThat(due(caseId)).as("the live SLA follows the edit at once").isEqualTo("2026-12-09T07:00:00Z");
		// The stored state (queue order, timers) follows in the background, in batches after the edit.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc
			.sql("select first_response_due from sla_case_state where case_id = :id").param("id", UUID.fromString(caseId))
			.query(java.sql.Timestamp.class).single().toInstant())
			.as("the stored state follows the edit").isEqualTo("2026-12-09T07:00:00Z"));
	}

	private String due(String caseId) {
		return Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD).get("/api/cases/" + caseId + "/sla")
			.json().get("targets").get(0).get("dueAt").asString();
	}

	private static Map<String, Object> week(String from, String to) {
		Map<String, Object> hours = new java.util.LinkedHashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			hours.put(day, List.of(Map.of("from", from, "to", to)));
		}
		return hours;
	}
}
