package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Booking exam coverage on demand, monthly and annually through {@code /api/organisations/{id}/exam-bookings},
 * each mode with its rules and refusals, the cut-off, the staff's capacity, iCalendar import and feeds.
 * Each test books in hours of its own, so that the capacity of one hour is not shared by accident.
 */
@SupportdeskTest
class ExamBookingModesTests {

	/** Wednesday 2 December 2026, 10:00 CET. */
	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(NOW);
	}

	@Test
	void onDemandBooksOneWindowWithinLeadTimeAndLength() {
		// Lead time: two business days after Wednesday 10:00 CET is Friday 4 December 10:00 CET (09:00Z).
		AccountFixtures.Tenant tenant = proctored();

		Http.Response tooSoon = book(tenant, onDemand("2026-12-04T08:59:00Z", "2026-12-04T12:00:00Z"));
		Http.Response tooLong = book(tenant, onDemand("2027-02-01T06:00:00Z", "2027-02-01T18:00:01Z"));
		Http.Response booked = book(tenant, onDemand("2027-02-01T06:00:00Z", "2027-02-01T18:00:00Z"));

		assertRefused(tooSoon, 400, "from");
		assertThat(tooSoon.json().get("detail").asString()).contains("2 business days");
		assertRefused(tooLong, 400, "to");
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		assertThat(booked.json().get("mode").asString()).isEqualTo("ON_DEMAND");
		assertThat(booked.json().get("windows").size()).isOne();
		assertThat(booked.json().get("windows").get(0).get("from").asString()).isEqualTo("2027-02-01T06:00:00Z");
	}

	@Test
	void aMonthlyPatternCoversItsMonthOnlyAndStaysAtItsLocalTimeAcrossDst() {
		// Tuesdays 08:00–14:00 New York time, March 2027: clocks go forward on Sunday 14 March, so the first
		// two windows start at 13:00Z (EST, UTC-5) and the last three at 12:00Z (EDT, UTC-4). The rule runs
		// on (no UNTIL), but a monthly booking ends with its month: nothing in April.
		AccountFixtures.Tenant tenant = proctored();

		Http.Response booked = book(tenant, pattern("MONTHLY", "America/New_York", "FREQ=WEEKLY;BYDAY=TU", "2027-03-02T08:00",
				360));

		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		assertThat(starts(booked.json())).containsExactly("2027-03-02T13:00:00Z", "2027-03-09T13:00:00Z",
				"2027-03-16T12:00:00Z", "2027-03-23T12:00:00Z", "2027-03-30T12:00:00Z");
		assertThat(booked.json().get("windows").get(2).get("to").asString()).isEqualTo("2027-03-16T18:00:00Z");
		assertThat(admin(tenant).get("/api/organisations/" + tenant.id() + "/exam-windows").json().size()).isEqualTo(5);
	}

	@Test
	void aMonthlyPatternIsBookedBeforeItsMonthStarts() {
		// December 2026 started on the 1st; it is now the 2nd.
		AccountFixtures.Tenant tenant = proctored();

		Http.Response refused = book(tenant, pattern("MONTHLY", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU,TH",
				"2026-12-15T08:00", 360));

		assertRefused(refused, 400, "start");
		assertThat(refused.json().get("detail").asString()).contains("2026-12");
	}

	@Test
	void aMonthlyWindowLongerThanThePlanAllowsIsRefused() {
		AccountFixtures.Tenant tenant = proctored();

		Http.Response refused = book(tenant, pattern("MONTHLY", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=MO", "2027-05-03T06:00",
				12 * 60 + 1));

		assertRefused(refused, 400, "durationMinutes");
	}

	@Test
	void anAnnualPatternRunsTwelveMonthsWithoutItsExceptions() {
		// First Thursdays 09:00–13:00 New York time for twelve months from 7 January 2027 (so through
		// 6 January 2028), without July: 12 windows; in winter 09:00 EST = 14:00Z, in summer 09:00 EDT =
		// 13:00Z (4 November is still EDT: clocks fall back on the 7th).
		AccountFixtures.Tenant tenant = proctored();
		Map<String, Object> body = pattern("ANNUAL", "America/New_York", "FREQ=MONTHLY;BYDAY=1TH", "2027-01-07T09:00", 240);
		body.put("exdates", List.of("2027-07-01"));

		Http.Response booked = book(tenant, body);

		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		assertThat(starts(booked.json())).hasSize(12).startsWith("2027-01-07T14:00:00Z", "2027-02-04T14:00:00Z",
				"2027-03-04T14:00:00Z", "2027-04-01T13:00:00Z").doesNotContain("2027-07-01T13:00:00Z")
			.endsWith("2027-11-04T13:00:00Z", "2027-12-02T14:00:00Z", "2028-01-06T14:00:00Z");
	}

	@Test
	void anImportedIcalendarScheduleBooksAnAnnualContractAndTheFeedReadsBackTheSameWindows() throws Exception {
		// The schedule of IcsFilesTests: 2 March 2027 13:00Z–19:00Z, 16 March 12:00Z–18:00Z (after the US
		// change; 9 March is excepted), 1 April 08:00Z–10:00Z.
		AccountFixtures.Tenant tenant = proctored();

		Http.Response imported = admin(tenant).send("POST", "/api/organisations/" + tenant.id() + "/exam-bookings/import",
				IcsFilesTests.SCHEDULE, "text/calendar");
		Http.Response feed = admin(tenant).get("/api/organisations/" + tenant.id() + "/exam-windows.ics");

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		assertThat(imported.json().get("mode").asString()).isEqualTo("ANNUAL");
		assertThat(starts(imported.json())).containsExactly("2027-03-02T13:00:00Z", "2027-03-16T12:00:00Z",
				"2027-04-01T08:00:00Z");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar");
		net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
		parsed.validate();
		List<VEvent> events = parsed.getComponents("VEVENT");
		assertThat(events).extracting(e -> Instant.from(e.getStartDate().orElseThrow().getDate()).toString())
			.containsExactly("2027-03-02T13:00:00Z", "2027-03-16T12:00:00Z", "2027-04-01T08:00:00Z");
		AccountFixtures.Tenant second = proctored();
		Http.Response reimported = admin(second).send("POST", "/api/organisations/" + second.id() + "/exam-bookings/import",
				feed.body(), "text/calendar");
		assertThat(starts(reimported.json())).as(reimported.toString()).containsExactly("2027-03-02T13:00:00Z",
				"2027-03-16T12:00:00Z", "2027-04-01T08:00:00Z");
	}

	@Test
	void aFileThatIsNoIcalendarIsRefused() {
		AccountFixtures.Tenant tenant = proctored();

		Http.Response refused = admin(tenant).send("POST", "/api/organisations/" + tenant.id() + "/exam-bookings/import",
				"BEGIN:VCALENDAR\r\nthis is not one", "text/calendar");

		assertRefused(refused, 400, "body");
	}

	@Test
	void overlappingWindowsMergeInTheOrganisationsCoverage() {
		// 08:00–12:00Z and 10:00–14:00Z on 8 February 2027 are one window 08:00–14:00Z in the feed.
		AccountFixtures.Tenant tenant = proctored();
		assertThat(book(tenant, onDemand("2027-02-08T08:00:00Z", "2027-02-08T12:00:00Z")).status()).isEqualTo(201);
		assertThat(book(tenant, onDemand("2027-02-08T10:00:00Z", "2027-02-08T14:00:00Z")).status()).isEqualTo(201);

		String feed = admin(tenant).get("/api/organisations/" + tenant.id() + "/exam-windows.ics").body();

		assertThat(feed).containsOnlyOnce("BEGIN:VEVENT").contains("DTSTART:20270208T080000Z", "DTEND:20270208T140000Z");
	}

	@Test
	void customersCancelUpToTheCutOffAndWindowsWithinItStay() {
		// An on-demand window on 10 February 2027 08:00Z and a weekly pattern on 10 and 17 February 10:00Z.
		// At 9 February 07:59:59Z the first is 24 h and 1 s away: it may go. At 10:00:01Z the pattern's
		// 10 February window is within the cut-off and stays; its 17 February window goes; a second
		// cancellation of the same booking is a conflict.
		AccountFixtures.Tenant tenant = proctored();
		String single = book(tenant, onDemand("2027-02-10T08:00:00Z", "2027-02-10T09:00:00Z")).json().get("id").asString();
		Map<String, Object> weekly = pattern("ANNUAL", "UTC", "FREQ=WEEKLY;COUNT=2", "2027-02-10T10:00", 60);
		String series = book(tenant, weekly).json().get("id").asString();
		String path = "/api/organisations/" + tenant.id() + "/exam-bookings/";

		clock.set(Instant.parse("2027-02-09T07:59:59Z"));
		Http.Response inTime = admin(tenant).delete(path + single);
		clock.set(Instant.parse("2027-02-09T10:00:01Z"));
		Http.Response partly = admin(tenant).delete(path + series);
		Http.Response again = admin(tenant).delete(path + series);

		assertThat(inTime.status()).as(inTime.toString()).isEqualTo(200);
		assertThat(inTime.json().get("windows").size()).isZero();
		assertThat(partly.status()).as(partly.toString()).isEqualTo(200);
		assertThat(starts(partly.json())).containsExactly("2027-02-10T10:00:00Z");
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aChangeReplacesTheBookingOrLeavesItAsItWas() {
		// 22 February 2027 08:00–09:00Z moved to 10:00–11:00Z; then a change to a 13-hour window is refused
		// and the 10:00Z window stays booked.
		AccountFixtures.Tenant tenant = proctored();
		String path = "/api/organisations/" + tenant.id() + "/exam-bookings/";
		String first = book(tenant, onDemand("2027-02-22T08:00:00Z", "2027-02-22T09:00:00Z")).json().get("id").asString();

		Http.Response changed = admin(tenant).put(path + first, onDemand("2027-02-22T10:00:00Z", "2027-02-22T11:00:00Z"));
		String second = changed.json().get("id").asString();
		Http.Response refused = admin(tenant).put(path + second, onDemand("2027-02-22T10:00:00Z", "2027-02-22T23:00:00Z"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
		assertRefused(refused, 400, "to");
		assertThat(admin(tenant).get("/api/organisations/" + tenant.id() + "/exam-windows").json().valueStream()
			.map(w -> w.get("from").asString())).containsExactly("2027-02-22T10:00:00Z");
		assertThat(admin(tenant).get(path + second).json().get("cancelledAt").isNull()).isTrue();
	}

	@Test
	void aCancellationWithinTheCutOffIsRefused() {
		AccountFixtures.Tenant tenant = proctored();
		String id = book(tenant, onDemand("2027-02-12T08:00:00Z", "2027-02-12T09:00:00Z")).json().get("id").asString();
		clock.set(Instant.parse("2027-02-11T08:00:01Z"));

		Http.Response refused = admin(tenant).delete("/api/organisations/" + tenant.id() + "/exam-bookings/" + id);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("24 h");
		assertThat(admin(tenant).get("/api/organisations/" + tenant.id() + "/exam-windows").json().size()).isOne();
	}

	@Test
	void aBookingBeyondTheStaffCapacityIsRefusedNamingTheHour() {
		// Capacity 3 sessions an hour: three organisations hold 15 June 2027 10:00–12:00Z; a fourth asking
		// for 11:30–13:00Z clashes in the hour from 11:00Z (13:00 in Berlin, CEST). Staff may still record it.
		for (int i = 0; i < 3; i++) {
			assertThat(book(proctored(), onDemand("2027-06-15T10:00:00Z", "2027-06-15T12:00:00Z")).status()).isEqualTo(201);
		}
		AccountFixtures.Tenant fourth = proctored();

		Map<String, Object> clash = new HashMap<>(onDemand("2027-06-15T11:30:00Z", "2027-06-15T13:00:00Z"));
		clash.put("zone", "Europe/Berlin");
		Http.Response refused = book(fourth, clash);
		Http.Response recorded = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + fourth.id() + "/exam-bookings", onDemand("2027-06-15T11:30:00Z",
					"2027-06-15T13:00:00Z"));
		clock.set(Instant.parse("2027-06-14T00:00:00Z"));
		Http.Response load = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.get("/api/exam-staffing");

		assertRefused(refused, 409, "from");
		assertThat(refused.json().get("detail").asString()).contains("2027-06-15T13:00+02:00").contains("3");
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(load.json().valueStream().filter(h -> h.get("hour").asString().equals("2027-06-15T11:00:00Z"))
			.map(h -> h.get("sessions").asInt())).containsExactly(4);
	}

	@Test
	void organisationsWithoutExamCoverageAreToldWhichPlansHaveIt() {
		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));

		Http.Response refused = book(premier, pattern("MONTHLY", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2027-03-02T08:00", 60));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.json().get("entitlement").asString()).isEqualTo("EXAM_SESSIONS");
		assertThat(refused.json().get("detail").asString()).contains("Proctored exam 24x7");
	}

	@Test
	void badPatternsAreRefusedNamingTheField() {
		AccountFixtures.Tenant tenant = proctored();
		Map<String, Object> noRule = pattern("MONTHLY", "Europe/Berlin", "FREQ=WEEKLY", "2027-03-02T08:00", 60);
		noRule.remove("rrule");

		assertRefused(book(tenant, pattern("MONTHLY", "Mars/Olympus", "FREQ=WEEKLY", "2027-03-02T08:00", 60)), 400, "zone");
		assertRefused(book(tenant, pattern("MONTHLY", "Europe/Berlin", "FREQ=SOMETIMES", "2027-03-02T08:00", 60)), 400, "rrule");
		assertRefused(book(tenant, noRule), 400, "rrule");
		assertRefused(book(tenant, Map.of("mode", "ON_DEMAND", "from", "2027-03-02T08:00:00Z")), 400, "to");
	}

	@Test
	void anotherOrganisationsBookingsAndFeedDoNotExist() {
		AccountFixtures.Tenant owner = proctored();
		AccountFixtures.Tenant other = proctored();
		String id = book(owner, onDemand("2027-02-15T08:00:00Z", "2027-02-15T09:00:00Z")).json().get("id").asString();

		assertThat(admin(other).get("/api/organisations/" + owner.id() + "/exam-bookings/" + id).status()).isEqualTo(404);
		assertThat(admin(other).get("/api/organisations/" + other.id() + "/exam-bookings/" + id).status()).isEqualTo(404);
		assertThat(admin(other).delete("/api/organisations/" + other.id() + "/exam-bookings/" + id).status()).isEqualTo(404);
		assertThat(admin(other).get("/api/organisations/" + owner.id() + "/exam-windows.ics").status()).isEqualTo(404);
		assertThat(admin(other).get("/api/exam-windows.ics").status()).isEqualTo(403);
		assertThat(admin(other).get("/api/organisations/" + other.id() + "/exam-bookings").json().size()).isZero();
	}

	@Test
	void managersSetAPlansRulesAndBookingsFollowThem() {
		// With a lead time of 0 business days and a cut-off of 1 h, a window tomorrow may be booked and
		// cancelled 2 h before it starts; the rules are put back afterwards (the database is shared).
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String rules = "/api/plans/PROCTORED_EXAM_24X7/exam-booking-rules";
		Map<String, Object> defaults = Map.of("leadBusinessDays", 2, "maxWindowMinutes", 720, "cancellationCutoffMinutes", 1440);
		try {
			Http.Response set = manager.put(rules, Map.of("leadBusinessDays", 0, "maxWindowMinutes", 240,
					"cancellationCutoffMinutes", 60));
			AccountFixtures.Tenant tenant = proctored();
			Http.Response tooLong = book(tenant, onDemand("2026-12-03T08:00:00Z", "2026-12-03T12:00:01Z"));
			Http.Response booked = book(tenant, onDemand("2026-12-03T08:00:00Z", "2026-12-03T12:00:00Z"));
			clock.set(Instant.parse("2026-12-03T06:00:00Z"));
			Http.Response cancelled = admin(tenant).delete("/api/organisations/" + tenant.id() + "/exam-bookings/"
					+ booked.json().get("id").asString());

			assertThat(set.status()).as(set.toString()).isEqualTo(200);
			assertThat(manager.get(rules).json().get("maxWindowMinutes").asInt()).isEqualTo(240);
			assertRefused(tooLong, 400, "to");
			assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
			assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
			assertThat(Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
				.put(rules, defaults).status()).isEqualTo(403);
			assertRefused(manager.put(rules, Map.of("leadBusinessDays", -1, "maxWindowMinutes", 240,
					"cancellationCutoffMinutes", 60)), 400, "leadBusinessDays");
		}
		finally {
			manager.put(rules, defaults);
		}
	}

	@Test
	void aProctoredSeverityOneCaseInsideABookedWindowGetsTwentyFourSevenTargets() {
		// Booked by the customer: Saturday 6 February 2027 08:00–14:00Z (outside business hours). A
		// Severity 1 case opened at 10:00Z is due 15 minutes later, 10:15Z. One opened at 15:00Z waits for
		// Monday 8 February 08:00 CET (07:00Z), due 07:15Z, until operations book 15:00–20:00Z on demand:
		// then it is due at 15:15Z.
		AccountFixtures.Tenant tenant = proctored();
		assertThat(book(tenant, onDemand("2027-02-06T08:00:00Z", "2027-02-06T14:00:00Z")).status()).isEqualTo(201);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);

		clock.set(Instant.parse("2027-02-06T10:00:00Z"));
		String inside = openSeverityOne(customer);
		clock.set(Instant.parse("2027-02-06T15:00:00Z"));
		String outside = openSeverityOne(customer);
		String before = firstResponseDue(agent, outside);
		Http.Response booked = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/exam-bookings", onDemand("2027-02-06T15:00:00Z",
					"2027-02-06T20:00:00Z"));

		assertThat(firstResponseDue(agent, inside)).isEqualTo("2027-02-06T10:15:00Z");
		assertThat(before).isEqualTo("2027-02-08T07:15:00Z");
		assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
		assertThat(firstResponseDue(agent, outside)).isEqualTo("2027-02-06T15:15:00Z");
	}

	private static String openSeverityOne(Http customer) {
		Http.Response opened = customer.post("/api/cases", Map.of("subject", "Exam room down", "description",
				"Nobody can start the exam", "severity", 1));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private static String firstResponseDue(Http agent, String caseId) {
		Http.Response sla = agent.get("/api/cases/" + caseId + "/sla");
		assertThat(sla.status()).as(sla.toString()).isEqualTo(200);
		return sla.json().get("targets").get(0).get("dueAt").asString();
	}

	private AccountFixtures.Tenant proctored() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2029-01-01T00:00:00Z"));
		return tenant;
	}

	private Http admin(AccountFixtures.Tenant tenant) {
		return Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
	}

	private Http.Response book(AccountFixtures.Tenant tenant, Map<String, Object> body) {
		return admin(tenant).post("/api/organisations/" + tenant.id() + "/exam-bookings", body);
	}

	private static Map<String, Object> onDemand(String from, String to) {
		return Map.of("mode", "ON_DEMAND", "from", from, "to", to);
	}

	private static Map<String, Object> pattern(String mode, String zone, String rrule, String start, int minutes) {
		Map<String, Object> body = new HashMap<>();
		body.putAll(Map.of("mode", mode, "zone", zone, "rrule", rrule, "start", start, "durationMinutes", minutes));
		return body;
	}

	private static List<String> starts(JsonNode booking) {
		return booking.get("windows").valueStream().map(w -> w.get("from").asString()).toList();
	}

	private static void assertRefused(Http.Response response, int status, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.toString()).isEqualTo(field);
	}
}
