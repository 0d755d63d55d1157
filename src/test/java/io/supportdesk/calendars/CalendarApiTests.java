package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

@SupportdeskTest
class CalendarApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	CalendarManagement calendars;

	@Autowired
	MutableClock clock;

	Http manager;

	@BeforeEach
	void signIn() {
		manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
	}

	@Test
	void theTwoPlanCalendarsAreSeeded() {
		Http.Response list = manager.get("/api/calendars");
		assertThat(list.json().valueStream().map(c -> c.get("name").asString())).contains("Standard business hours", "24x7");
		String standard = calendars.byName("Standard business hours").orElseThrow().toString();

		Http.Response calendar = manager.get("/api/calendars/" + standard);

		assertThat(calendar.json().get("zone").asString()).isEqualTo("Europe/Berlin");
		assertThat(calendar.json().get("weeklyHours").get("FRIDAY").get(0).get("from").asString()).isEqualTo("08:00");
		assertThat(calendar.json().get("weeklyHours").get("FRIDAY").get(0).get("to").asString()).isEqualTo("20:00");
		assertThat(calendar.json().get("weeklyHours").has("SATURDAY")).isFalse();
		assertThat(calendar.json().get("holidays").valueStream().map(d -> d.asString()))
			.contains("2026-12-25", "2027-10-03", "2027-05-01");
	}

	@Test
	void standardSeverity2OpenedFridayEveningIsDueMondayAfternoon() {
		String standard = calendars.byName("Standard business hours").orElseThrow().toString();
		// Friday 4 December 2026, 18:30 CET = 17:30Z. 8 business hours: 1.5 h until 20:00 Friday, then
		// 6.5 h from Monday 08:00 CET, so due Monday 7 December 14:30 CET = 13:30Z.
		Http.Response due = manager.get("/api/calendars/" + standard + "/due?start=2026-12-04T17:30:00Z&minutes=480&explain=true");

		assertThat(due.status()).as(due.toString()).isEqualTo(200);
		assertThat(due.json().get("due").asString()).isEqualTo("2026-12-07T13:30:00Z");
		var intervals = due.json().get("explanation").get("intervals");
		assertThat(intervals.size()).isEqualTo(2);
		assertThat(intervals.get(0).get("localFrom").asString()).isEqualTo("2026-12-04T18:30:00");
		assertThat(intervals.get(0).get("countedSeconds").asLong()).isEqualTo(5400);
		assertThat(intervals.get(1).get("localTo").asString()).isEqualTo("2026-12-07T14:30:00");
		assertThat(due.json().get("explanation").get("text").asString()).isNotBlank();

		Http.Response elapsed = manager.get("/api/calendars/" + standard
				+ "/elapsed?from=2026-12-04T17:30:00Z&to=2026-12-07T13:30:00Z");
		assertThat(elapsed.json().get("seconds").asLong()).isEqualTo(28800);
		assertThat(elapsed.json().get("minutes").asLong()).isEqualTo(480);
	}

	@Test
	void businessDaysFromASaturdayStartCountFromMonday() {
		String standard = calendars.byName("Standard business hours").orElseThrow().toString();
		// Saturday 5 December 2026 10:00 CET (09:00Z). The 1st business date after the 5th is Monday the
		// 7th; 10:00 there is inside hours: due Monday 10:00 CET = 09:00Z.
		Http.Response due = manager.get("/api/calendars/" + standard + "/due?start=2026-12-05T09:00:00Z&businessDays=1");
		assertThat(due.json().get("due").asString()).isEqualTo("2026-12-07T09:00:00Z");
	}

	@Test
	void aManagerCreatesACalendarInTheDocumentedShapeAndReadsItBack() {
		Http.Response created = manager.post("/api/calendars", Map.of("name", "Lunch break " + System.nanoTime(),
				"zone", "America/New_York", "alwaysOpen", false,
				"weeklyHours", Map.of("MONDAY", List.of(Map.of("from", "09:00", "to", "12:00"), Map.of("from", "13:00", "to", "17:00"))),
				"holidays", List.of("2026-12-25"),
				"dateOverrides", Map.of("2026-12-24", List.of(Map.of("from", "09:00", "to", "11:00")), "2026-12-31", List.of()),
				"extraWindows", List.of(Map.of("from", "2026-12-05T14:00:00Z", "to", "2026-12-05T20:00:00Z"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		Http.Response read = manager.get("/api/calendars/" + created.json().get("id").asString());

		assertThat(read.json().get("weeklyHours").get("MONDAY").size()).isEqualTo(2);
		assertThat(read.json().get("dateOverrides").get("2026-12-31").size()).isZero();
		assertThat(read.json().get("extraWindows").get(0).get("from").asString()).isEqualTo("2026-12-05T14:00:00Z");
		assertThat(read.json().get("versions").size()).isEqualTo(1);
	}

	@Test
	void anEditAppliesFromItsInstantOnAndTimeBeforeItCountsUnderTheOldHours() {
		// Monday 7 December 2026, 08:00 CET: created with 08:00-20:00.
		clock.set(Instant.parse("2026-12-07T07:00:00Z"));
		Http.Response created = manager.post("/api/calendars", Map.of("name", "Edited " + System.nanoTime(), "zone",
				"Europe/Berlin", "weeklyHours", Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "20:00")))));
		String id = created.json().get("id").asString();
		// At 10:00 CET the manager shortens Monday to 08:00-12:00.
		clock.set(Instant.parse("2026-12-07T09:00:00Z"));
		Http.Response edited = manager.put("/api/calendars/" + id, Map.of("name", "Edited", "zone", "Europe/Berlin",
				"weeklyHours", Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "12:00")))));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("versions").size()).isEqualTo(2);

		// 08:00-10:00 under the old hours (2 h) + 10:00-12:00 under the new ones (2 h) = 4 h, not 12 h.
		Http.Response elapsed = manager.get("/api/calendars/" + id + "/elapsed?from=2026-12-07T07:00:00Z&to=2026-12-08T07:00:00Z");
		assertThat(elapsed.json().get("seconds").asLong()).isEqualTo(4 * 3600);
	}

	@Test
	void anEditCannotRewriteThePast() {
		clock.set(Instant.parse("2026-12-07T07:00:00Z"));
		Http.Response created = manager.post("/api/calendars", Map.of("name", "Past " + System.nanoTime(), "zone", "UTC",
				"alwaysOpen", true));
		Http.Response refused = manager.put("/api/calendars/" + created.json().get("id").asString(),
				Map.of("name", "Past", "zone", "UTC", "alwaysOpen", true, "effectiveFrom", "2026-12-01T00:00:00Z"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveFrom");
	}

	@Test
	void germanPublicHolidaysAreImportedFromJollyday() {
		Http.Response created = manager.post("/api/calendars", Map.of("name", "Import " + System.nanoTime(), "zone",
				"Europe/Berlin", "weeklyHours", Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "20:00")))));
		String id = created.json().get("id").asString();

		Http.Response imported = manager.post("/api/calendars/" + id + "/holidays/import",
				Map.of("country", "de", "subdivision", "by", "fromYear", 2027, "toYear", 2027));

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		// German unity day nationwide; Epiphany (6 January) only in Bavaria.
		assertThat(imported.json().get("holidays").valueStream().map(d -> d.asString()))
			.contains("2027-01-01", "2027-01-06", "2027-10-03", "2027-12-25", "2027-12-26");
		Http.Response unknown = manager.post("/api/calendars/" + id + "/holidays/import",
				Map.of("country", "xx", "fromYear", 2027, "toYear", 2027));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("country");
	}

	@Test
	void invalidCalendarsAreRefusedNamingTheField() {
		assertRefused(Map.of("name", "Bad zone", "zone", "Mars/Olympus"), "zone");
		assertRefused(Map.of("name", "Overlap", "zone", "Europe/Berlin", "weeklyHours",
				Map.of("MONDAY", List.of(Map.of("from", "08:00", "to", "12:00"), Map.of("from", "11:00", "to", "14:00")))),
				"weeklyHours.MONDAY[1]");
		assertRefused(Map.of("name", "Backwards", "zone", "Europe/Berlin", "weeklyHours",
				Map.of("MONDAY", List.of(Map.of("from", "12:00", "to", "08:00")))), "weeklyHours.MONDAY[0]");
		assertRefused(Map.of("name", "Window", "zone", "Europe/Berlin", "extraWindows",
				List.of(Map.of("from", "2026-12-05T19:00:00Z", "to", "2026-12-05T07:00:00Z"))), "extraWindows[0]");
	}

	@Test
	void badPreviewArgumentsAreRefusedNamingTheParameter() {
		String standard = calendars.byName("Standard business hours").orElseThrow().toString();
		assertParameter(manager.get("/api/calendars/" + standard + "/due?start=2026-12-04T17:30:00Z&minutes=-5"), "minutes");
		assertParameter(manager.get("/api/calendars/" + standard + "/due?start=yesterday&minutes=5"), "start");
		assertParameter(manager.get("/api/calendars/" + standard + "/due?start=2026-12-04T17:30:00Z"), "minutes");
		assertParameter(manager.get("/api/calendars/" + standard
				+ "/elapsed?from=2026-12-07T13:30:00Z&to=2026-12-04T17:30:00Z"), "from");
	}

	@Test
	void theSeededCalendarsCannotBeDeletedButOthersAreRetired() {
		String standard = calendars.byName("Standard business hours").orElseThrow().toString();
		assertThat(manager.delete("/api/calendars/" + standard).status()).isEqualTo(409);
		Http.Response created = manager.post("/api/calendars", Map.of("name", "Temp " + System.nanoTime(), "zone", "UTC",
				"alwaysOpen", true));
		String id = created.json().get("id").asString();

		assertThat(manager.delete("/api/calendars/" + id).status()).isEqualTo(204);

		assertThat(manager.get("/api/calendars/" + id).status()).isEqualTo(404);
		assertThat(calendars.businessCalendar(CalendarId.parse(id, "id")).isOpen(Instant.parse("2026-12-05T00:00:00Z")))
			.as("a retired calendar still answers for the SLA history that used it").isTrue();
	}

	@Test
	void agentsPreviewButOnlyManagersEditAndCustomersSeeNothing() {
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		assertThat(agent.get("/api/calendars").status()).isEqualTo(200);
		assertThat(agent.post("/api/calendars", Map.of("name", "No", "zone", "UTC", "alwaysOpen", true)).status())
			.isEqualTo(403);
		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/calendars").status())
			.isEqualTo(403);
	}

	private void assertRefused(Map<String, Object> body, String field) {
		Http.Response response = manager.post("/api/calendars", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static void assertParameter(Http.Response response, String parameter) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
	}
}
