package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * The staffing forecast for the week of the first Monday in June of a year after 2030 that only this test
 * uses (the forecast reads every organisation's cases: no other test's cases fall in it), in Europe/Berlin
 * (CEST all along), learned from the 8 weeks before it. The clock stands on the Sunday before, 12:00 Berlin.
 * Handle times are the defaults (Severity 1: 60 min, 2: 45 min).
 */
@SupportdeskTest
class ForecastTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	ExamCoverage exams;

	@Autowired
	MutableClock clock;

	/** A year per test: 2031 + (a random start + a counter) modulo 60. */
	static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(
			new java.util.Random().nextInt(60));

	Http api;

	LocalDate monday;

	@BeforeEach
	void history() {
		monday = LocalDate.of(2031 + YEARS.getAndIncrement() % 60, 6, 1)
			.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
		clock.set(at(-1, 12, 0));
		AccountFixtures.Tenant premier = accounts.tenant();
		AccountFixtures.Tenant proctored = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		plans.subscribe(proctored.id(), PlanCode.PROCTORED_EXAM_24X7, Instant.parse("2020-01-01T00:00:00Z"),
				Instant.parse("2099-01-01T00:00:00Z"));
		api = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		// a Premier Severity 2 case every Monday at 10:20 Berlin for the 8 weeks: 1 arrival per hour on Mondays 10:00
		for (int week = 8; week >= 1; week--) {
			open(premier, at(-7 * week, 10, 20), 2);
		}
		// a past exam window of the proctored organisation, on the Tuesday three weeks before, 14:00–16:00 Berlin
		// (2 hours), with two Severity 1 cases in it: 1 extra arrival per window-hour; neither counts towards
		// Tuesdays' hours
		exams.book(CurrentUser.system(), proctored.id(), at(-20, 14, 0), at(-20, 16, 0));
		open(proctored, at(-20, 14, 30), 1);
		open(proctored, at(-20, 15, 30), 1);
		// the forecast week's booked window: Wednesday 09:00–10:00 Berlin
		exams.book(CurrentUser.system(), proctored.id(), at(2, 9, 0), at(2, 10, 0));
	}

	@AfterEach
	void realTime() {
		clock.set(Instant.now());
	}

	@Test
	void arrivalsPerHourOfTheWeekAndTheExamWindowsLoadGiveTheAgentsNeeded() {
		Http.Response response = api.get("/api/planning/forecast?weekOf=" + monday.plusDays(2) + "&zone=Europe/Berlin");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode forecast = response.json();

		assertThat(forecast.get("weekOf").asString()).isEqualTo(monday.toString());
		assertThat(forecast.get("weeks").asInt()).isEqualTo(8);
		assertThat(forecast.get("rostered").asString()).isEqualTo("ONCALL_LEVEL_1");
		assertThat(forecast.get("examWindowHours").asDouble()).isCloseTo(2.0, within(1e-9));
		// 7 days × 24 hours (no DST change in June)
		assertThat(forecast.get("hours")).hasSize(168);

		// Monday 10:00: 8 cases / 8 weeks = 1 Premier Severity 2 arrival per hour, 45 min each (0.75 Erlang),
		// 30 minutes to answer 95 %: two agents answer 1 − C(2, 0.75)·e^(−1.25·30/45) = 1 − 0.205·0.435 ≈ 91.1 % in
		// time, three 1 − 0.044·e^(−2.25·30/45) ≈ 99.0 %
		JsonNode monday10 = hour(forecast, 1, 10);
		assertThat(monday10.get("arrivals").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(load(monday10, "PREMIER", 2).get("arrivals").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(monday10.get("needed").asInt()).isEqualTo(ErlangC.staffing(1, 45, 30, 0.95).agents()).isEqualTo(3);
		// Monday 11:00: nothing expected, nobody needed
		assertThat(hour(forecast, 1, 11).get("needed").asInt()).isZero();
		// Tuesday 14:00 holds no base arrival: the window's cases taught the exam load instead
		assertThat(hour(forecast, 2, 14).get("arrivals").asDouble()).isZero();
		// Wednesday 09:00: the booked window's hour expects 2 cases / 2 window-hours = 1 extra Proctored Severity 1
		JsonNode wednesday9 = hour(forecast, 3, 9);
		assertThat(load(wednesday9, "PROCTORED_EXAM_24X7", 1).get("examArrivals").asDouble()).isCloseTo(1.0, within(1e-9));
		assertThat(wednesday9.get("needed").asInt()).isEqualTo(ErlangC.staffing(1, 60, 15, 0.95).agents());
	}

	@Test
	void aMixOfTargetsInOneHourIsPlannedShareByShareFromTheTightest() {
		Map<String, Forecast.Group> groups = Map.of("PREMIER|1", new Forecast.Group("PREMIER", 1, 15, 60), "STANDARD|3",
				new Forecast.Group("STANDARD", 3, 1440, 30));
		List<Forecast.Load> loads = List.of(new Forecast.Load("STANDARD", 3, 10, 0), new Forecast.Load("PREMIER", 1, 2, 0));

		// the tightest share first: 2 Premier Severity 1 per hour (2 Erlang) answered within 15 minutes;
		// then both shares (12 per hour, 7 Erlang at (2·60 + 10·30) / 12 = 35 min each) within a day: at least 8
		int tight = ErlangC.staffing(2, 60, 15, 0.95).agents();
		int both = ErlangC.staffing(12, 35, 1440, 0.95).agents();
		assertThat(both).isEqualTo(8);
		assertThat(Forecasts.needed(loads, groups, 0.95)).isEqualTo(Math.max(tight, both));
		// the tight share alone would be planned for by its own target only
		assertThat(Forecasts.needed(List.of(loads.get(1)), groups, 0.95)).isEqualTo(tight);
	}

	@Test
	void theConsoleShowsTheWeekAsAHeatMap() {
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		var page = manager.get("/console/reports/planning?weekOf=" + monday);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"planning-heatmap\"", "class=\"heat-3 short sim-short\"", monday.toString());
		// the simulated attainment beside it, and a what-if
		assertThat(page.body()).contains("id=\"simulation-table\"", "PREMIER", "id=\"what-if\"");
		var whatIf = manager.get("/console/reports/planning?weekOf=" + monday + "&addAgents=3&addDay=1&addFrom=10&addTo=11");
		assertThat(whatIf.statusCode()).isEqualTo(200);
		assertThat(whatIf.body()).contains("id=\"what-if-applied\"", "class=\"heat-3 short\"");
		assertThat(manager.get("/console/reports/planning?addAgents=3&addDay=9&addFrom=10&addTo=11").statusCode())
			.isEqualTo(400);
		assertThat(WebSession.signIn(port, accounts.staff(Role.AGENT).email()).get("/console/reports/planning").statusCode())
			.isEqualTo(403);
	}

	/** In Chromium: the manager reads the simulated attainment, then adds 3 agents on Monday 10:00–11:00. */
	@Test
	void aManagerSeesTheSimulatedAttainmentAndTriesAWhatIfInTheBrowser() {
		try (io.supportdesk.Browser browser = io.supportdesk.Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
				.go("/console/reports/planning?weekOf=" + monday);
			assertThat(browser.text(org.openqa.selenium.By.id("simulation-table"))).contains("PREMIER", "%");
			assertThat(browser.text(org.openqa.selenium.By.id("simulation-short-hours"))).contains("Mon 10:00");

			browser.type(org.openqa.selenium.By.id("what-if-agents"), "3").type(org.openqa.selenium.By.id("what-if-from"), "10")
				.type(org.openqa.selenium.By.id("what-if-to"), "11").click(org.openqa.selenium.By.id("what-if-submit"));

			assertThat(browser.waitForText(org.openqa.selenium.By.id("what-if-applied"), "3 agents")).contains("Mon");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.xpath(
					"//table[@id='simulation-short-hours']//td[text()='Mon 10:00']"))).isEmpty();
		}
	}

	@Test
	void badWeeksAreRefusedNamingThem() {
		assertThat(api.get("/api/planning/forecast?weeks=0").status()).isEqualTo(400);
		assertThat(api.get("/api/planning/forecast?weekOf=next").json().get("errors").get(0).get("field").asString())
			.isEqualTo("weekOf");
	}

	/**
	 * The week simulated with the rota as it stands (the on-call rota's first level: at most one agent on Monday
	 * 10:00, where 1 Premier Severity 2 case an hour needs 3), then with 3 agents added on Monday 10:00–11:00:
	 * 4 agents answer nearly every case of that hour within 30 minutes.
	 */
	@Test
	void theSimulationSaysWhereTheRotaFallsShortAndAddedAgentsRaiseTheAttainment() {
		Map<String, Object> asRostered = Map.of("weekOf", monday.toString(), "zone", "Europe/Berlin", "seed", 5,
				"replications", 40);
		Http.Response response = api.post("/api/planning/simulate", asRostered);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode simulation = response.json();
		assertThat(simulation.get("weekOf").asString()).isEqualTo(monday.toString());
		assertThat(simulation.get("replications").asInt()).isEqualTo(40);
		JsonNode premier = group(simulation, "PREMIER", 2);
		assertThat(premier.get("targetMinutes").asDouble()).isEqualTo(30);
		// 1 a week on average (40 replications of Monday 10:00's Poisson arrivals)
		assertThat(premier.get("arrivals").asDouble()).isCloseTo(1.0, within(0.5));
		assertThat(premier.get("attainment").asDouble()).isLessThan(0.95);
		assertThat(simulation.get("shortfallHours").valueStream()
			.anyMatch(h -> h.get("day").asInt() == 1 && h.get("hour").asInt() == 10 && h.get("needed").asInt() == 3)).isTrue();
		// repeatable: the same request, the same answer
		assertThat(api.post("/api/planning/simulate", asRostered).json()).isEqualTo(simulation);

		Http.Response added = api.post("/api/planning/simulate", Map.of("weekOf", monday.toString(), "zone", "Europe/Berlin",
				"seed", 5, "replications", 40, "changes", List.of(Map.of("day", 1, "fromHour", 10, "toHour", 11, "agents", 3))));
		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		assertThat(group(added.json(), "PREMIER", 2).get("attainment").asDouble())
			.isGreaterThan(premier.get("attainment").asDouble()).isGreaterThan(0.9);
		assertThat(added.json().get("shortfallHours").valueStream()
			.noneMatch(h -> h.get("day").asInt() == 1 && h.get("hour").asInt() == 10)).isTrue();
	}

	@Test
	void aBadSimulationRequestIsRefusedNamingTheField() {
		Http.Response replications = api.post("/api/planning/simulate", Map.of("replications", 0));
		assertThat(replications.status()).isEqualTo(400);
		assertThat(replications.json().get("errors").get(0).get("field").asString()).isEqualTo("replications");
		Http.Response day = api.post("/api/planning/simulate",
				Map.of("changes", List.of(Map.of("day", 9, "fromHour", 10, "toHour", 11, "agents", 1))));
		assertThat(day.status()).isEqualTo(400);
		assertThat(day.json().get("errors").get(0).get("field").asString()).isEqualTo("changes[0].day");
		Http.Response hours = api.post("/api/planning/simulate",
				Map.of("changes", List.of(Map.of("day", 1, "fromHour", 12, "toHour", 11, "agents", 1))));
		assertThat(hours.json().get("errors").get(0).get("field").asString()).isEqualTo("changes[0].toHour");
		assertThat(api.post("/api/planning/simulate", Map.of("weekOf", "soon")).json().get("errors").get(0).get("field")
			.asString()).isEqualTo("weekOf");
		assertThat(Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.post("/api/planning/simulate", Map.of()).status()).isEqualTo(403);
	}

	private static JsonNode group(JsonNode simulation, String plan, int severity) {
		return simulation.get("attainment").valueStream()
			.filter(g -> g.get("plan").asString().equals(plan) && g.get("severity").asInt() == severity).findFirst()
			.orElseThrow(() -> new AssertionError("no " + plan + " " + severity + " in " + simulation));
	}

	/** The instant {@code days} after the forecast week's Monday at {@code hour}:{@code minute} in Berlin. */
	private Instant at(int days, int hour, int minute) {
		return ZonedDateTime.of(monday.plusDays(days), java.time.LocalTime.of(hour, minute), BERLIN).toInstant();
	}

	private static JsonNode hour(JsonNode forecast, int day, int hour) {
		return forecast.get("hours").valueStream().filter(h -> h.get("day").asInt() == day && h.get("hour").asInt() == hour)
			.findFirst().orElseThrow();
	}

	private static JsonNode load(JsonNode hour, String plan, int severity) {
		return hour.get("loads").valueStream()
			.filter(l -> l.get("plan").asString().equals(plan) && l.get("severity").asInt() == severity).findFirst()
			.orElseThrow(() -> new AssertionError("no " + plan + " " + severity + " in " + hour));
	}

	private void open(AccountFixtures.Tenant tenant, Instant at, int severity) {
		Http.Response imported = api.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Forecast case", "description", "x", "events", List.of(Map.of("at", at.toString(), "type", "OPENED",
						"severity", severity, "channel", "PORTAL"), Map.of("at", at.plusSeconds(300).toString(), "type",
								"SUPPORT_REPLIED", "body", "On it"))));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
	}
}
