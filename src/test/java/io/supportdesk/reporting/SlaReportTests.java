package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.reporting.web.CsvReader;
import io.supportdesk.sla.SlaExplanation;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;
import io.supportdesk.sla.TargetState;

/**
 * The SLA reports on a hand-built set of cases, imported with their histories (each test's cases carry a
 * product of their own, which the reports filter on, so the shared database's other cases never count).
 * Premier: Severity 1 has 15 minutes on 24x7, Severity 2 30 minutes and Severity 4 one business day on
 * business hours (08:00–20:00 Europe/Berlin, Monday to Friday); Standard: Severity 3 one business day.
 * March 2026 is CET (UTC+1) until the 29th, April CEST (UTC+2). The clock stands at Thu 2 April 2026,
 * 09:00 UTC.
 */
@SupportdeskTest
class SlaReportTests {

	static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaManagement sla;

	@Autowired
	SlaExplanation explanation;

	String product;

	AccountFixtures.Tenant premier;

	AccountFixtures.Tenant standard;

	AccountFixtures.Staff manager;

	Http api;

	final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeEach
	void caseSet() {
		clock.set(NOW);
		product = "Report " + UUID.randomUUID();
		premier = accounts.tenant();
		standard = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		plans.subscribe(standard.id(), PlanCode.STANDARD, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		manager = accounts.staff(Role.MANAGER);
		api = Http.basic(port, manager.email(), AccountFixtures.PASSWORD);

		// Premier Severity 1 in March (15 min on 24x7)
		// A: answered after 5 min (met); its update cadence is cancelled by the resolution
		open("A", premier, "2026-03-02T09:00:00Z", 1, "EMAIL", "de", reply("2026-03-02T09:05:00Z"),
				event("2026-03-02T09:30:00Z", "RESOLVED"));
		// B: answered after 12 min (met); its update 48 min later (met, of 2 h), the next cancelled by the resolution
		open("B", premier, "2026-03-02T10:00:00Z", 1, "PORTAL", "en", reply("2026-03-02T10:12:00Z"),
				reply("2026-03-02T11:00:00Z"), event("2026-03-02T11:30:00Z", "RESOLVED"));
		// C: answered after 40 min (breached at 22:15, answered late); its update, due 00:40, never comes (breached)
		open("C", premier, "2026-03-03T22:00:00Z", 1, "PHONE", "en", reply("2026-03-03T22:40:00Z"));
		// D: never answered: breached at 12:15, no response time
		open("D", premier, "2026-03-04T12:00:00Z", 1, "PORTAL", "en");
		// Premier Severity 2 in March (30 min on business hours)
		// E: Fri 19:50 Berlin, answered Mon 08:15 Berlin: 10 + 15 = 25 business minutes (met), 3,625 calendar minutes
		open("E", premier, "2026-03-06T18:50:00Z", 2, "EMAIL", "de", reply("2026-03-09T07:15:00Z"));
		// F: opened as Severity 3 (2 h), reclassified to 2 ten minutes later: 30 min from the opening, due 09:30 —
		// answered at 09:40, so breached (as Severity 3 it would have been met); it counts as Severity 2
		open("F", premier, "2026-03-10T09:00:00Z", 3, "PORTAL", "en", classify("2026-03-10T09:10:00Z", 2),
				reply("2026-03-10T09:40:00Z"));
		// G: answered after 20 min (met)
		open("G", premier, "2026-03-11T09:00:00Z", 2, "PORTAL", "fr", reply("2026-03-11T09:20:00Z"));
		// K: Tue 31 March 22:30 UTC is Wed 1 April 00:30 in Berlin: April there, March in UTC; met after 5 min
		open("K", premier, "2026-03-31T22:30:00Z", 1, "CHAT", "en", reply("2026-03-31T22:35:00Z"),
				event("2026-03-31T22:50:00Z", "RESOLVED"));
		// H: April, met after 10 min
		open("H", premier, "2026-04-01T08:00:00Z", 1, "PORTAL", "en", reply("2026-04-01T08:10:00Z"),
				event("2026-04-01T08:30:00Z", "RESOLVED"));
		// J: Premier Severity 4 opened ten minutes ago: one business day, still running
		open("J", premier, "2026-04-02T08:50:00Z", 4, "PORTAL", "en");
		// S: Standard Severity 3, Mon 10:00 Berlin, answered 16:00 Berlin: 360 business minutes (met, of 1 business day)
		open("S", standard, "2026-03-02T09:00:00Z", 3, "EMAIL", "es", reply("2026-03-02T15:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.set(Instant.now());
	}

	@Test
	void attainmentAndPercentilesPerPlanSeverityAndMonth() {
		JsonNode rows = report("from=2026-03-01&to=2026-04-30&groupBy=plan,severity,month&metric=FIRST_RESPONSE");

		// rows in the order plan, severity, period
		assertThat(rows).hasSize(5);
		// A, B, C, D: met A and B; breached C (late) and D (never answered). Answered in 5, 12, 40 minutes:
		// nearest rank p50 = 12, p90 = p95 = 40, on the 24x7 calendar and in calendar time alike.
		assertRow(rows.get(0), "PREMIER", 1, "2026-03", 4, 2, 2, 0, 0.5, List.of(12.0, 40.0, 40.0), List.of(12.0, 40.0, 40.0));
		// K (in April in Berlin) and H: both met, in 5 and 10 minutes: p50 5 (2 of 2 ranks reach 50 % at the
		// first), p90 = p95 = 10.
		assertRow(rows.get(1), "PREMIER", 1, "2026-04", 2, 2, 0, 0, 1.0, List.of(5.0, 10.0, 10.0), List.of(5.0, 10.0, 10.0));
		// E, F, G: met E and G, F breached under its new severity. Business minutes 25, 40, 20 → p50 25,
		// p90 = p95 = 40; calendar minutes 3,625 (over the weekend), 40, 20 → p50 40, p90 = p95 = 3,625.
		assertRow(rows.get(2), "PREMIER", 2, "2026-03", 3, 2, 1, 0, 2.0 / 3, List.of(25.0, 40.0, 40.0),
				List.of(40.0, 3625.0, 3625.0));
		// J: still running — no attainment, no response time yet.
		assertRow(rows.get(3), "PREMIER", 4, "2026-04", 1, 0, 0, 1, null, null, null);
		// S: met in 360 business minutes = 360 calendar minutes (all of it inside Monday's hours).
		assertRow(rows.get(4), "STANDARD", 3, "2026-03", 1, 1, 0, 0, 1.0, List.of(360.0, 360.0, 360.0),
				List.of(360.0, 360.0, 360.0));
	}

	@Test
	void periodBoundariesFollowTheChosenZone() {
		// In UTC, K (22:30 UTC on 31 March) belongs to March: Premier Severity 1 in March then has A, B, C, D, K,
		// answered in 5, 5, 12 and 40 minutes: p50 = 5 (the second of four ranks), p90 = p95 = 40.
		JsonNode utc = report("from=2026-03-01&to=2026-03-31&zone=UTC&groupBy=plan,severity,month");
		assertRow(utc.get(0), "PREMIER", 1, "2026-03", 5, 3, 2, 0, 0.6, List.of(5.0, 40.0, 40.0), List.of(5.0, 40.0, 40.0));
		// In Berlin the range 1–31 March ends at 31 March 24:00 CEST, before K.
		JsonNode berlin = report("from=2026-03-01&to=2026-03-31&groupBy=plan,severity,month");
		assertThat(berlin.get(0).get("opened").asLong()).isEqualTo(4);
	}

	@Test
	void weeksAndDaysAreCalendarPeriodsInTheZone() {
		// Premier Severity 1 by ISO week: A, B (Mon 2 March), C (Tue 3), D (Wed 4) are week 10; K and H week 14.
		JsonNode weeks = report("from=2026-03-01&to=2026-04-30&groupBy=plan,severity,week");
		assertThat(weeks.valueStream().filter(r -> r.get("severity").asInt() == 1).map(r -> r.get("period").asString() + "="
				+ r.get("opened").asLong()).toList()).containsExactly("2026-W10=4", "2026-W14=2");
		// By day, without plan and severity: Monday 2 March holds A, B and S.
		JsonNode days = report("from=2026-03-02&to=2026-03-02&groupBy=day");
		assertThat(days).hasSize(1);
		assertThat(days.get(0).get("period").asString()).isEqualTo("2026-03-02");
		assertThat(days.get(0).get("opened").asLong()).isEqualTo(3);
		assertThat(days.get(0).get("plan").isNull()).isTrue();
	}

	@Test
	void weeksAcrossTheDaylightSavingSwitchesEndAtLocalMidnight() {
		clock.set(Instant.parse("2026-11-02T12:00:00Z"));
		product = "Report DST " + UUID.randomUUID();
		// Sun 29 March 23:30 CEST (21:30 UTC) is week 13; 23:30 UTC is Mon 30 March 01:30 CEST, week 14.
		open("W13", standard, "2026-03-29T21:30:00Z", 3, "PORTAL", "en");
		open("W14", standard, "2026-03-29T23:30:00Z", 3, "PORTAL", "en");
		// Sun 25 October 23:30 CET (22:30 UTC, after the switch back) is week 43; 23:30 UTC is Mon 26 October 00:30, week 44.
		open("W43", standard, "2026-10-25T22:30:00Z", 3, "PORTAL", "en");
		open("W44", standard, "2026-10-25T23:30:00Z", 3, "PORTAL", "en");

		assertThat(report("from=2026-03-01&to=2026-10-31&groupBy=week").valueStream()
			.map(r -> r.get("period").asString() + "=" + r.get("opened").asLong()))
			.containsExactly("2026-W13=1", "2026-W14=1", "2026-W43=1", "2026-W44=1");
		// in UTC all four are Sunday's
		assertThat(report("from=2026-03-01&to=2026-10-31&zone=UTC&groupBy=week").valueStream()
			.map(r -> r.get("period").asString() + "=" + r.get("opened").asLong()))
			.containsExactly("2026-W13=2", "2026-W43=2");
	}

	@Test
	void theSeverity1UpdateCadenceIsReportedApart() {
		// Updates of A (cancelled), B (met after 48 min, then cancelled) and C (due 00:40 on 4 March, never
		// given: breached); cancelled targets count in neither met nor breached.
		JsonNode rows = report("from=2026-03-01&to=2026-03-31&groupBy=plan,severity,month&metric=UPDATE");
		assertThat(rows).hasSize(1);
		assertRow(rows.get(0), "PREMIER", 1, "2026-03", 3, 1, 1, 0, 0.5, List.of(48.0, 48.0, 48.0), List.of(48.0, 48.0, 48.0));
	}

	@Test
	void filtersNarrowTheCasesCounted() {
		assertThat(opened(report("from=2026-03-01&to=2026-04-30&organisation=" + standard.id()))).isEqualTo(1);
		// e-mail: A, E (Premier) and S (Standard)
		assertThat(opened(report("from=2026-03-01&to=2026-04-30&channel=EMAIL"))).isEqualTo(3);
		// German: A and E
		assertThat(opened(report("from=2026-03-01&to=2026-04-30&language=de"))).isEqualTo(2);
		assertThat(report("from=2026-03-01&to=2026-04-30&team=" + UUID.randomUUID())).isEmpty();
		// grouped by plan alone over the whole range: one row per plan
		assertThat(report("from=2026-03-01&to=2026-04-30&groupBy=plan").valueStream()
			.map(r -> r.get("plan").asString() + "=" + r.get("opened").asLong())).containsExactly("PREMIER=10", "STANDARD=1");
	}

	@Test
	void everyBreachIsListedWithItsCaseDueAndBreachInstantsAndTheCasePagesExplanation() {
		JsonNode breaches = api.get("/api/reports/breaches?from=2026-03-01&to=2026-04-30&product=" + encode(product)).json()
			.get("breaches");

		assertThat(breaches.valueStream().map(b -> name(b.get("caseId").asString()) + "/" + b.get("metric").asString()
				+ "/" + b.get("dueAt").asString() + "/" + b.get("breachedAt").asString() + "/" + (b.get("answeredAt").isNull() ? "null" : b.get("answeredAt").asString())))
			.containsExactly("C/FIRST_RESPONSE/2026-03-03T22:15:00Z/2026-03-03T22:15:00Z/2026-03-03T22:40:00Z",
					"C/UPDATE/2026-03-04T00:40:00Z/2026-03-04T00:40:00Z/null",
					"D/FIRST_RESPONSE/2026-03-04T12:15:00Z/2026-03-04T12:15:00Z/null",
					"F/FIRST_RESPONSE/2026-03-10T09:30:00Z/2026-03-10T09:30:00Z/2026-03-10T09:40:00Z");
		JsonNode f = breaches.get(3);
		CurrentUser me = accounts.as(manager.id());
		SlaState casePage = sla.sla(me, new CaseId(UUID.fromString(ids.get("F"))));
		assertThat(f.get("explanation").valueStream().map(e -> e.get("event").asString() + ": " + e.get("effect").asString()))
			.containsExactlyElementsOf(casePage.timeline().stream()
				.map(e -> explanation.english(e.event()) + ": " + explanation.english(e.effect())).toList());
		assertThat(f.get("reference").asString()).startsWith("CS-");
		assertThat(f.get("severity").asInt()).isEqualTo(2);
	}

	@Test
	void theReportEqualsTheSlaRebuiltFromEachCase() {
		CurrentUser me = accounts.as(manager.id());
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		for (SlaTarget.Metric metric : SlaTarget.Metric.values()) {
			Map<String, long[]> rebuilt = new TreeMap<>();
			List<String> rebuiltBreaches = new ArrayList<>();
			for (String id : ids.values()) {
				SlaState state = sla.sla(me, new CaseId(UUID.fromString(id)));
				Map<SlaTarget.Metric, Integer> index = new HashMap<>();
				for (SlaTarget t : state.targets()) {
					int i = index.merge(t.metric(), 1, Integer::sum) - 1;
					if (t.metric() != metric) {
						continue;
					}
					Instant opened = state.targets().get(0).startedAt();
					String key = t.rule().planCode() + "/" + state.severity() + "/"
							+ LocalDate.ofInstant(opened, berlin).toString().substring(0, 7);
					long[] counts = rebuilt.computeIfAbsent(key, k -> new long[3]);
					counts[0] += t.state() == TargetState.MET ? 1 : 0;
					counts[1] += t.state() == TargetState.BREACHED ? 1 : 0;
					counts[2] += t.state() == TargetState.RUNNING || t.state() == TargetState.PAUSED ? 1 : 0;
					if (t.state() == TargetState.BREACHED) {
						rebuiltBreaches.add(id + "/" + i + "/" + t.dueAt() + "/" + t.breachedAt());
					}
				}
			}
			Map<String, long[]> reported = new TreeMap<>();
			for (JsonNode row : report("from=2026-03-01&to=2026-04-30&groupBy=plan,severity,month&metric=" + metric)) {
				reported.put(row.get("plan").asString() + "/" + row.get("severity").asInt() + "/" + row.get("period").asString(),
						new long[] { row.get("met").asLong(), row.get("breached").asLong(), row.get("running").asLong() });
			}
			assertThat(reported.keySet()).as(metric.name()).isEqualTo(rebuilt.keySet());
			reported.forEach((key, counts) -> assertThat(counts).as("%s %s", metric, key).isEqualTo(rebuilt.get(key)));
			List<String> breaches = api.get("/api/reports/breaches?from=2026-03-01&to=2026-04-30&metric=" + metric
					+ "&product=" + encode(product)).json().get("breaches").valueStream()
				.map(b -> b.get("caseId").asString() + "/" + b.get("targetIndex").asInt() + "/" + b.get("dueAt").asString() + "/"
						+ b.get("breachedAt").asString())
				.toList();
			assertThat(breaches).as(metric.name()).containsExactlyInAnyOrderElementsOf(rebuiltBreaches);
		}
	}

	@Test
	void csvHasAHeaderRowAndTheSameRows() {
		Http.Response csv = api.getAccepting("/api/reports/sla?from=2026-03-01&to=2026-04-30&product=" + encode(product),
				"text/csv");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("attachment").contains("sla-attainment-2026-03-01-2026-04-30.csv");
		List<List<String>> records = CsvReader.read(csv.body());
		assertThat(records.get(0)).containsExactly("plan", "severity", "period", "opened", "met", "breached", "running",
				"attainment", "business_p50", "business_p90", "business_p95", "calendar_p50", "calendar_p90", "calendar_p95");
		assertThat(records).hasSize(6);
		assertThat(records.get(1)).containsExactly("PREMIER", "1", "2026-03", "4", "2", "2", "0", "0.5", "12.0", "40.0", "40.0",
				"12.0", "40.0", "40.0");
		assertThat(records.get(4)).containsExactly("PREMIER", "4", "2026-04", "1", "0", "0", "1", "", "", "", "", "", "", "");
	}

	@Test
	void breachesCsvQuotesTheMultiLineExplanation() {
		Http.Response csv = api.getAccepting("/api/reports/breaches?from=2026-03-01&to=2026-04-30&product="
				+ encode(product), "text/csv");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		List<List<String>> records = CsvReader.read(csv.body());
		assertThat(records).hasSize(5).allSatisfy(record -> assertThat(record).hasSize(13));
		assertThat(records.get(0).get(12)).isEqualTo("explanation");
		String explanationOfC = records.get(1).get(12);
		assertThat(explanationOfC).contains("\n").startsWith("2026-03-03T22:00:00Z ");
		assertThat(csv.body()).contains("\"2026-03-03T22:00:00Z ");
	}

	@Test
	void onlyManagersAndTeamLeadsReadReports() {
		String path = "/api/reports/sla?product=" + encode(product);
		assertThat(Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD).get(path).status()).isEqualTo(403);
		assertThat(Http.basic(port, premier.adminEmail(), AccountFixtures.PASSWORD).get("/api/reports/breaches").status())
			.isEqualTo(403);
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		assertThat(Http.basic(port, agent.email(), AccountFixtures.PASSWORD).get(path).status()).isEqualTo(403);
		assertThat(Http.anonymous(port).get(path).status()).isEqualTo(401);
		assertThat(api.get(path).status()).isEqualTo(200);

		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		assertThat(api.post("/api/teams", Map.of("name", "Leads " + UUID.randomUUID(), "leadId", lead.id().toString()))
			.status()).isEqualTo(201);
		assertThat(Http.basic(port, lead.email(), AccountFixtures.PASSWORD).get(path).status()).isEqualTo(200);
		assertThat(Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/planning/erlang-c", Map.of("arrivalsPerHour", 10, "handleMinutes", 5, "targetMinutes", 1)).status())
			.isEqualTo(403);
	}

	@Test
	void badParametersAreRefusedNamingThem() {
		assertRefused("/api/reports/sla?from=2026-13-01", "from");
		assertRefused("/api/reports/sla?from=2026-04-01&to=2026-03-01", "to");
		assertRefused("/api/reports/sla?zone=Mars/Olympus", "zone");
		assertRefused("/api/reports/sla?zone=%2B02:00", "zone");
		assertRefused("/api/reports/sla?groupBy=plan,year", "groupBy");
		assertRefused("/api/reports/sla?groupBy=day,week", "groupBy");
		assertRefused("/api/reports/sla?metric=RESOLUTION", "metric");
		assertRefused("/api/reports/sla?organisation=acme", "organisation");
		assertRefused("/api/reports/sla?channel=FAX", "channel");
		assertRefused("/api/reports/sla?language=it", "language");
		assertRefused("/api/reports/breaches?limit=0", "limit");
		assertRefused("/api/reports/sla?from=2000-01-01&to=2026-01-01", "from");
		assertThat(api.getAccepting("/api/reports/sla?from=yesterday", "text/csv").status()).isEqualTo(400);
	}

	@Test
	void erlangCAnswersTheAgentsNeeded() {
		// 200 arrivals an hour, 3 minutes each (10 erlangs), 80 % within 20 s: 14 agents (see ErlangCTests)
		Http.Response staffing = api.post("/api/planning/erlang-c",
				Map.of("arrivalsPerHour", 200, "handleMinutes", 3, "targetMinutes", 1.0 / 3, "serviceLevel", 0.8));

		assertThat(staffing.status()).as(staffing.toString()).isEqualTo(200);
		assertThat(staffing.json().get("agents").asInt()).isEqualTo(14);
		assertThat(staffing.json().get("probabilityOfWaiting").asDouble()).isBetween(0.1740, 0.1742);
		assertThat(staffing.json().get("occupancy").asDouble()).isBetween(0.714, 0.7143);
		Http.Response impossible = api.post("/api/planning/erlang-c",
				Map.of("arrivalsPerHour", 200, "handleMinutes", 3, "targetMinutes", 1, "serviceLevel", 1));
		assertThat(impossible.status()).isEqualTo(400);
		assertThat(impossible.json().get("errors").get(0).get("field").asString()).isEqualTo("serviceLevel");
	}

	@Test
	void theConsolePageShowsTheChartTheTableAndTheCsvLink() {
		WebSession session = WebSession.signIn(port, manager.email());
		var page = session.get("/console/reports/sla?from=2026-03-01&to=2026-04-30&period=week&product=" + encode(product));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<svg", "id=\"attainment-table\"", "2026-W10", "id=\"period-day\"",
				"/console/reports/sla/csv?from=2026-03-01&amp;to=2026-04-30");
		var csv = session.get("/console/reports/sla/csv?from=2026-03-01&to=2026-04-30&period=week&product=" + encode(product));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(CsvReader.read(csv.body()).get(1)).startsWith("PREMIER", "1", "2026-W10", "4");
		assertThat(WebSession.signIn(port, accounts.staff(Role.AGENT).email()).get("/console/reports/sla").statusCode())
			.isEqualTo(403);
	}

	@Test
	void theReportsAndThePlannerAreInTheOpenApiDocument() {
		JsonNode paths = Http.anonymous(port).get("/api/openapi").json().get("paths");

		assertThat(paths.get("/api/reports/sla").get("get").get("parameters").valueStream().map(p -> p.get("name").asString()))
			.contains("from", "to", "zone", "groupBy", "metric", "organisation", "team", "channel", "language", "product");
		assertThat(paths.has("/api/reports/breaches")).isTrue();
		assertThat(paths.get("/api/planning/erlang-c").has("post")).isTrue();
	}

	private void assertRefused(String path, String field) {
		Http.Response response = api.get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(path).contains(field);
	}

	private static void assertRow(JsonNode row, String plan, int severity, String period, long opened, long met,
			long breached, long running, Double attainment, List<Double> business, List<Double> calendar) {
		assertThat(row.get("plan").asString()).isEqualTo(plan);
		assertThat(row.get("severity").asInt()).isEqualTo(severity);
		assertThat(row.get("period").asString()).isEqualTo(period);
		assertThat(List.of(row.get("opened").asLong(), row.get("met").asLong(), row.get("breached").asLong(),
				row.get("running").asLong())).as("opened, met, breached, running of %s", row)
			.containsExactly(opened, met, breached, running);
		if (attainment == null) {
			assertThat(row.get("attainment").isNull()).as("attainment of %s", row).isTrue();
		}
		else {
			assertThat(row.get("attainment").asDouble()).as("attainment of %s", row).isCloseTo(attainment,
					org.assertj.core.api.Assertions.within(1e-9));
		}
		assertThat(percentiles(row.get("businessMinutes"))).as("business minutes of %s", row).isEqualTo(business);
		assertThat(percentiles(row.get("calendarMinutes"))).as("calendar minutes of %s", row).isEqualTo(calendar);
	}

	private static List<Double> percentiles(JsonNode minutes) {
		if (minutes.get("p50").isNull()) {
			return null;
		}
		return List.of(minutes.get("p50").asDouble(), minutes.get("p90").asDouble(), minutes.get("p95").asDouble());
	}

	private static long opened(JsonNode rows) {
		return rows.valueStream().mapToLong(r -> r.get("opened").asLong()).sum();
	}

	private JsonNode report(String parameters) {
		Http.Response response = api.get("/api/reports/sla?" + parameters + "&product=" + encode(product));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("rows");
	}

	private String name(String caseId) {
		return ids.entrySet().stream().filter(e -> e.getValue().equals(caseId)).map(Map.Entry::getKey).findFirst()
			.orElse(caseId);
	}

	@SafeVarargs
	private void open(String name, AccountFixtures.Tenant tenant, String at, int severity, String channel, String language,
			Map<String, Object>... events) {
		List<Map<String, Object>> history = new ArrayList<>();
		history.add(Map.of("at", at, "type", "OPENED", "severity", severity, "channel", channel));
		history.addAll(List.of(events));
		Http.Response imported = api.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Report case " + name, "description", "x", "product", product, "language", language, "events", history));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		ids.put(name, imported.json().get("id").asString());
	}

	private static Map<String, Object> reply(String at) {
		return Map.of("at", at, "type", "SUPPORT_REPLIED", "body", "Looking into it");
	}

	private static Map<String, Object> classify(String at, int severity) {
		return Map.of("at", at, "type", "CLASSIFIED", "severity", severity, "reason", "Blocks exams");
	}

	private static Map<String, Object> event(String at, String type) {
		return Map.of("at", at, "type", type);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
