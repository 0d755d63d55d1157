package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.SubscriptionId;
import io.supportdesk.plans.SubscriptionManagement;

/**
 * Cases imported with their history, then {@code GET /api/cases/{id}/sla}: the seeded plans on the
 * seeded calendars ("Standard business hours": Monday–Friday 08:00–20:00 Europe/Berlin minus German
 * public holidays; "24x7"). March 2026: CET (UTC+1) until Sunday 29 March, then CEST (UTC+2).
 * October 2026: CEST until Sunday 25 October 03:00, when the clocks go back to 02:00 CET (UTC+1), so
 * that 02:00–03:00 happens twice (00:00Z–01:00Z in CEST, 01:00Z–02:00Z in CET).
 */
@SupportdeskTest
class SlaApiTests {

	static final Instant TERM_START = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant TERM_END = Instant.parse("2027-01-01T00:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SubscriptionManagement subscriptions;

	@Test
	void standardSeverity2OpenedFridayEveningBeforeTheSpringForwardIsDueMondayAfternoonSummerTime() {
		// Friday 27 March 18:30 CET (17:30Z): 1.5 h until 20:00; the weekend; 6.5 h from Monday 30 March
		// 08:00 CEST (06:00Z) → 14:30 CEST = 12:30Z. The reply at exactly 12:30Z is in time.
		JsonNode sla = sla(PlanCode.STANDARD, List.of(event("2026-03-27T17:30:00Z", "OPENED", 2),
				event("2026-03-30T12:30:00Z", "SUPPORT_REPLIED", null)));
		assertThat(sla.get("plan").asString()).startsWith("Standard");
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-03-30T12:30:00Z");
		assertThat(firstResponse(sla).get("calendar").asString()).isEqualTo("Standard business hours");
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("MET");
	}

	@Test
	void aReplyOneSecondAfterTheDueInstantIsBreachedAtTheDueInstant() {
		JsonNode sla = sla(PlanCode.STANDARD, List.of(event("2026-03-27T17:30:00Z", "OPENED", 2),
				event("2026-03-30T12:30:01Z", "SUPPORT_REPLIED", null)));
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("BREACHED");
		assertThat(firstResponse(sla).get("breachedAt").asString()).isEqualTo("2026-03-30T12:30:00Z");
		assertThat(firstResponse(sla).get("metAt").asString()).isEqualTo("2026-03-30T12:30:01Z");
	}

	@Test
	void standardSeverity2OpenedFridayEveningBeforeTheFallBackIsDueMondayAfternoonWinterTime() {
		// Friday 23 October 18:30 CEST (16:30Z): 1.5 h until 20:00; the weekend, with the clocks going back
		// on Sunday, is closed and counts for nothing; 6.5 h from Monday 26 October 08:00 CET (07:00Z, no
		// longer 06:00Z) → 14:30 CET = 13:30Z (12:30Z had the summer offset been kept). A reply at exactly
		// 13:30Z is in time; one second later it is breached, at 13:30Z.
		JsonNode sla = sla(PlanCode.STANDARD, List.of(event("2026-10-23T16:30:00Z", "OPENED", 2),
				event("2026-10-26T13:30:00Z", "SUPPORT_REPLIED", null)));
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-10-26T13:30:00Z");
		assertThat(firstResponse(sla).get("calendar").asString()).isEqualTo("Standard business hours");
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("MET");

		JsonNode late = sla(PlanCode.STANDARD, List.of(event("2026-10-23T16:30:00Z", "OPENED", 2),
				event("2026-10-26T13:30:01Z", "SUPPORT_REPLIED", null)));
		assertThat(firstResponse(late).get("state").asString()).isEqualTo("BREACHED");
		assertThat(firstResponse(late).get("breachedAt").asString()).isEqualTo("2026-10-26T13:30:00Z");
	}

	@Test
	void premierSeverity1OpenedJustBeforeTheClocksGoBackIsDueFifteenRealMinutesLaterOn24x7() {
		// Sunday 25 October 02:50 CEST (00:50Z); ten minutes later 03:00 CEST becomes 02:00 CET. 15 minutes
		// on 24x7 are 15 real minutes → 01:05Z = 02:05 CET, earlier on the wall clock than the opening
		// (adding them to the wall clock would give 03:05 CET = 02:05Z). Answered at 02:59 CEST (00:59Z):
		// the update target runs 2 real hours → 02:59Z = 03:59 CET (not 04:59 CET).
		JsonNode sla = sla(PlanCode.PREMIER, List.of(event("2026-10-25T00:50:00Z", "OPENED", 1),
				event("2026-10-25T00:59:00Z", "SUPPORT_REPLIED", null)));
		assertThat(firstResponse(sla).get("calendar").asString()).isEqualTo("24x7");
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-10-25T01:05:00Z");
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("MET");
		assertThat(sla.get("targets").get(1).get("metric").asString()).isEqualTo("UPDATE");
		assertThat(sla.get("targets").get(1).get("dueAt").asString()).isEqualTo("2026-10-25T02:59:00Z");
	}

	@Test
	void premierSeverity1OpenedSundayAtThreeIsDueAQuarterLaterOn24x7() {
		// Sunday 22 March 03:00 CET (02:00Z), 15 minutes on 24x7 → 02:15Z; answered at 02:14Z.
		JsonNode sla = sla(PlanCode.PREMIER, List.of(event("2026-03-22T02:00:00Z", "OPENED", 1),
				event("2026-03-22T02:14:00Z", "SUPPORT_REPLIED", null)));
		assertThat(firstResponse(sla).get("calendar").asString()).isEqualTo("24x7");
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-03-22T02:15:00Z");
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("MET");
		// Severity 1 carries the update cadence: 2 h on 24x7 from the reply.
		assertThat(sla.get("targets").get(1).get("metric").asString()).isEqualTo("UPDATE");
		assertThat(sla.get("targets").get(1).get("dueAt").asString()).isEqualTo("2026-03-22T04:14:00Z");
	}

	@Test
	void premierSeverity3ReclassifiedToSeverity1AnHourLaterIsBreachedAtOnce() {
		// Monday 23 March 09:00 CET (08:00Z), Severity 3: 2 business hours → 10:00Z. At 09:00Z it becomes
		// Severity 1: 15 minutes on 24x7 from the opening → 08:15Z, already past: breached at 09:00Z.
		JsonNode sla = sla(PlanCode.PREMIER, List.of(event("2026-03-23T08:00:00Z", "OPENED", 3),
				classified("2026-03-23T09:00:00Z", 1)));
		assertThat(sla.get("severity").asInt()).isEqualTo(1);
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-03-23T08:15:00Z");
		assertThat(firstResponse(sla).get("state").asString()).isEqualTo("BREACHED");
		assertThat(firstResponse(sla).get("breachedAt").asString()).isEqualTo("2026-03-23T09:00:00Z");
		assertThat(sla.get("timeline").valueStream().map(t -> t.get("effect").asString()))
			.anyMatch(effect -> effect.contains("already past"));
	}

	@Test
	void aStandardOrganisationUpgradedToPremierWhileAFirstResponseIsPendingGetsTheEarlierDue() {
		// Standard, Monday 23 March 09:00 CET (08:00Z), Severity 2: 8 business hours → 16:00Z. Upgraded to
		// Premier at 10:00 CET (09:00Z): 30 business minutes from the upgrade → 09:30Z, the earlier one.
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.STANDARD, TERM_START, TERM_END);
		subscriptions.upgrade(CurrentUser.system(), tenant.id(), subscription, PlanCode.PREMIER,
				Instant.parse("2026-03-23T09:00:00Z"));
		JsonNode sla = sla(tenant, List.of(event("2026-03-23T08:00:00Z", "OPENED", 2)));
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-03-23T09:30:00Z");
		assertThat(sla.get("timeline").valueStream().map(t -> t.get("event").asString())).contains("Plan changed");
	}

	@Test
	void theUpdateTargetIsPausedExactlyAsLongAsTheCaseWaitsOnTheCustomer() {
		// Premier Severity 1 at 08:00Z; reply at 08:10Z starts the update target (2 h → 10:10Z); waiting
		// from 09:00Z with 70 minutes left; the customer replies at 12:00Z → due 13:10Z.
		JsonNode sla = sla(PlanCode.PREMIER, List.of(event("2026-03-23T08:00:00Z", "OPENED", 1),
				event("2026-03-23T08:10:00Z", "SUPPORT_REPLIED", null), event("2026-03-23T09:00:00Z", "WAITING_ON_CUSTOMER", null),
				event("2026-03-23T12:00:00Z", "CUSTOMER_REPLIED", null)));
		JsonNode update = sla.get("targets").get(1);
		assertThat(update.get("dueAt").asString()).isEqualTo("2026-03-23T13:10:00Z");
	}

	@Test
	void easterHolidaysAreSkipped() {
		// Thursday 2 April 18:00 CEST (16:00Z), Standard Severity 2 (8 h): 2 h on Thursday; Good Friday
		// (3 April), the weekend and Easter Monday (6 April) are closed; 6 h from Tuesday 7 April 08:00
		// CEST (06:00Z) → 14:00 CEST = 12:00Z.
		JsonNode sla = sla(PlanCode.STANDARD, List.of(event("2026-04-02T16:00:00Z", "OPENED", 2)));
		assertThat(firstResponse(sla).get("dueAt").asString()).isEqualTo("2026-04-07T12:00:00Z");
	}

	@Test
	void aProctoredCaseInsideABookedExamWindowRunsTwentyFourSevenAndOutsideOnBusinessHours() {
		// A window on Saturday 21 March, 08:00Z–14:00Z (recorded afterwards by operations). Severity 1,
		// 15 minutes: opened inside it at 10:00Z → due 10:15Z; opened after it at 15:00Z → the next open
		// time is Monday 23 March 08:00 CET (07:00Z) → due 07:15Z.
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, TERM_START, TERM_END);
		Http.Response booked = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/exam-windows",
					Map.of("from", "2026-03-21T08:00:00Z", "to", "2026-03-21T14:00:00Z"));
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

		JsonNode inside = sla(tenant, List.of(event("2026-03-21T10:00:00Z", "OPENED", 1)));
		assertThat(firstResponse(inside).get("calendar").asString()).isEqualTo("Standard business hours ∪ exam windows");
		assertThat(firstResponse(inside).get("dueAt").asString()).isEqualTo("2026-03-21T10:15:00Z");
		JsonNode outside = sla(tenant, List.of(event("2026-03-21T15:00:00Z", "OPENED", 1)));
		assertThat(firstResponse(outside).get("dueAt").asString()).isEqualTo("2026-03-23T07:15:00Z");
	}

	@Test
	void customersBookOnlyFutureExamWindows() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, TERM_START, TERM_END);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		Http.Response past = customer.post("/api/organisations/" + tenant.id() + "/exam-windows",
				Map.of("from", "2020-03-21T08:00:00Z", "to", "2020-03-21T14:00:00Z"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
		Http.Response future = customer.post("/api/organisations/" + tenant.id() + "/exam-windows",
				Map.of("from", "2099-03-21T08:00:00Z", "to", "2099-03-21T14:00:00Z"));
		assertThat(future.status()).isEqualTo(201);
		assertThat(customer.delete("/api/organisations/" + tenant.id() + "/exam-windows/" + future.json().get("id").asString())
			.status()).isEqualTo(204);
		assertThat(customer.get("/api/organisations/" + tenant.id() + "/exam-windows").json().size()).isZero();
	}

	@Test
	void customersOfAnotherOrganisationCannotReadTheSla() {
		AccountFixtures.Tenant owner = accounts.tenant();
		plans.subscribe(owner.id(), PlanCode.PREMIER, TERM_START, TERM_END);
		String id = importCase(owner, List.of(event("2026-03-23T08:00:00Z", "OPENED", 1)));
		AccountFixtures.Tenant other = accounts.tenant();
		assertThat(Http.basic(port, other.adminEmail(), AccountFixtures.PASSWORD).get("/api/cases/" + id + "/sla")
			.status()).isEqualTo(404);
	}

	private JsonNode sla(PlanCode plan, List<Map<String, Object>> history) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan, TERM_START, TERM_END);
		return sla(tenant, history);
	}

	private JsonNode sla(AccountFixtures.Tenant tenant, List<Map<String, Object>> history) {
		String id = importCase(tenant, history);
		Http.Response sla = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/cases/" + id + "/sla");
		assertThat(sla.status()).as(sla.toString()).isEqualTo(200);
		return sla.json();
	}

	private String importCase(AccountFixtures.Tenant tenant, List<Map<String, Object>> history) {
		Http.Response imported = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject", "SLA scenario",
					"description", "Imported", "events", history));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		return imported.json().get("id").asString();
	}

	private static JsonNode firstResponse(JsonNode sla) {
		return sla.get("targets").get(0);
	}

	private static Map<String, Object> event(String at, String type, Integer severity) {
		Map<String, Object> event = new HashMap<>(Map.of("at", at, "type", type));
		if (severity != null) {
			event.put("severity", severity);
		}
		return event;
	}

	private static Map<String, Object> classified(String at, int severity) {
		return Map.of("at", at, "type", "CLASSIFIED", "severity", severity, "reason", "Whole exam session down");
	}
}
