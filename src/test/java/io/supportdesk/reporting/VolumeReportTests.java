package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
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
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.reporting.web.CsvReader;

/**
 * The volume report on a hand-built organisation's cases, February to April 2026 in Europe/Berlin (CET
 * until 29 March, CEST after). Each month's backlog is counted at its end: 1 March 00:00 CET (28 Feb
 * 23:00 UTC), 1 April 00:00 CEST (31 March 22:00 UTC), and for April the range's end, 1 May 00:00 CEST —
 * after the clock (Thu 2 April 2026, 09:00 UTC), so the cases open now.
 */
@SupportdeskTest
class VolumeReportTests {

	static final Instant NOW = Instant.parse("2026-04-02T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	AccountFixtures.Tenant tenant;

	AccountFixtures.Staff manager;

	Http api;

	@BeforeEach
	void cases() {
		clock.set(NOW);
		tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		manager = accounts.staff(Role.MANAGER);
		api = Http.basic(port, manager.email(), AccountFixtures.PASSWORD);
		// February: V1 by e-mail, resolved the next day; V2 by portal, still open
		open("2026-02-10T09:00:00Z", "EMAIL", "de", 3, event("2026-02-11T09:00:00Z", "RESOLVED"));
		open("2026-02-20T09:00:00Z", "PORTAL", "en", 2);
		// March: V3 by e-mail, resolved, reopened, resolved again
		open("2026-03-02T09:00:00Z", "EMAIL", "en", 3, event("2026-03-03T09:00:00Z", "RESOLVED"),
				event("2026-03-05T09:00:00Z", "REOPENED"), event("2026-03-06T09:00:00Z", "RESOLVED"));
		// V4 by phone, resolved on 1 April 11:00 Berlin: still open at March's end
		open("2026-03-10T09:00:00Z", "PHONE", "en", 4, event("2026-04-01T09:00:00Z", "RESOLVED"));
		// V5 by chat at 28 Feb 23:30 UTC = 1 March 00:30 Berlin: March's; resolved the same night
		open("2026-02-28T23:30:00Z", "CHAT", "fr", 1, event("2026-03-01T02:00:00Z", "RESOLVED"));
		// April: V6 by portal, open
		open("2026-04-01T08:00:00Z", "PORTAL", "en", 3);
	}

	@AfterEach
	void realTime() {
		clock.set(Instant.now());
	}

	@Test
	void casesOpenedBacklogAndReopenRatePerMonth() {
		JsonNode report = report("groupBy=month");

		JsonNode periods = report.get("periods");
		assertThat(periods).hasSize(3);
		// February: V1 and V2 opened; V1 resolved, none reopened (0 %); at its end V2 is open
		assertPeriod(periods.get(0), "2026-02", 2, 1, 1, 0, 0.0);
		// March: V3, V4, V5 opened, all resolved since, V3 reopened (1 / 3); at its end V2 and V4 are open
		assertPeriod(periods.get(1), "2026-03", 3, 2, 3, 1, 1.0 / 3);
		// April: V6 opened, none resolved (no rate); open now: V2 and V6
		assertPeriod(periods.get(2), "2026-04", 1, 2, 0, 0, null);
		assertThat(report.get("rows")).isEmpty();
	}

	@Test
	void casesPerChannelAndMonth() {
		JsonNode rows = report("groupBy=channel,month").get("rows");

		assertThat(rows.valueStream().map(r -> r.get("period").asString() + " " + r.get("value").asString() + " "
				+ r.get("opened").asLong()))
			.containsExactly("2026-02 EMAIL 1", "2026-02 PORTAL 1", "2026-03 CHAT 1", "2026-03 EMAIL 1",
					"2026-03 PHONE 1", "2026-04 PORTAL 1");
	}

	@Test
	void weeksBeginOnMondayAtMidnightInTheZone() {
		JsonNode periods = report("groupBy=week&from=2026-02-23&to=2026-03-08").get("periods");

		// W09 (23 Feb – 1 Mar): V5 at 1 March 00:30 Berlin; W10 (2 – 8 March): V3
		assertThat(periods.valueStream().map(p -> p.get("period").asString() + " " + p.get("opened").asLong()))
			.containsExactly("2026-W09 1", "2026-W10 1");
		// at W09's end (2 March 00:00 Berlin) V2 is open (V5 resolved); at W10's end V2 (V3 resolved on the 6th)
		assertThat(periods.get(0).get("backlog").asLong()).isEqualTo(1);
		assertThat(periods.get(1).get("backlog").asLong()).isEqualTo(1);
	}

	@Test
	void theCsvHasAPeriodRecordAndARecordPerValue() {
		Http.Response csv = api.getAccepting("/api/reports/volume?from=2026-02-01&to=2026-04-30&groupBy=severity,month"
				+ "&organisation=" + tenant.id(), "text/csv");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		List<List<String>> records = CsvReader.read(csv.body());
		assertThat(records.get(0)).containsExactly("period", "dimension", "value", "opened", "backlog", "resolved",
				"reopened", "reopen_rate");
		assertThat(records.get(2)).containsExactly("2026-03", "all", "", "3", "2", "3", "1", String.valueOf(1.0 / 3));
		// March per severity: V5 (1), V3 (3), V4 (4)
		assertThat(records.subList(4, records.size()).stream().filter(r -> r.get(0).equals("2026-03"))
			.map(r -> r.get(2) + ":" + r.get(3))).containsExactly("1:1", "3:1", "4:1");
	}

	@Test
	void theConsolePageShowsTheChartAndTheTables() {
		WebSession session = WebSession.signIn(port, manager.email());

		var page = session.get("/console/reports/volume?from=2026-02-01&to=2026-04-30&groupBy=channel&period=month"
				+ "&organisation=" + tenant.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"volume-chart\"", "<polyline", "id=\"volume-table\"", "id=\"volume-rows\"",
				"PHONE", "33.3 %");
		assertThat(WebSession.signIn(port, accounts.staff(Role.AGENT).email()).get("/console/reports/volume").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aBadGroupingIsRefusedNamingIt() {
		Http.Response response = api.get("/api/reports/volume?groupBy=channel,language");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("groupBy");
	}

	private JsonNode report(String parameters) {
		String range = parameters.contains("from=") ? "" : "&from=2026-02-01&to=2026-04-30";
		Http.Response response = api.get("/api/reports/volume?" + parameters + range + "&organisation=" + tenant.id());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static void assertPeriod(JsonNode period, String label, long opened, long backlog, long resolved,
			long reopened, Double rate) {
		assertThat(List.of(period.get("period").asString(), period.get("opened").asLong(), period.get("backlog").asLong(),
				period.get("resolved").asLong(), period.get("reopened").asLong()))
			.as("period, opened, backlog, resolved, reopened of %s", period)
			.containsExactly(label, opened, backlog, resolved, reopened);
		if (rate == null) {
			assertThat(period.get("reopenRate").isNull()).as("rate of %s", period).isTrue();
		}
		else {
			assertThat(period.get("reopenRate").asDouble()).as("rate of %s", period)
				.isCloseTo(rate, org.assertj.core.api.Assertions.within(1e-9));
		}
	}

	@SafeVarargs
	private void open(String at, String channel, String language, int severity, Map<String, Object>... events) {
		List<Map<String, Object>> history = new ArrayList<>();
		history.add(Map.of("at", at, "type", "OPENED", "severity", severity, "channel", channel));
		history.addAll(List.of(events));
		Http.Response imported = api.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Volume case", "description", "x", "language", language, "events", history));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
	}

	private static Map<String, Object> event(String at, String type) {
		return Map.of("at", at, "type", type);
	}
}
