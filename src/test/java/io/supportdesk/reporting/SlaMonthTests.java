package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.Channel;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.sla.SlaEvaluated;
import io.supportdesk.sla.SlaTarget;
import io.supportdesk.sla.TargetState;

/**
 * The attainment report's monthly aggregate ({@code reporting_sla_month}) against the target rows it sums.
 * Each test keeps to a year no other test uses (2035 for the random sets, 2036 for the case that breaches),
 * because the aggregate, unlike the row-level query, cannot be narrowed by product.
 */
@SupportdeskTest
class SlaMonthTests {

	static final String[] PLANS = { "AGG_STANDARD", "AGG_PREMIER", "AGG_24X7" };

	static final TargetState[] STATES = TargetState.values();

	@LocalServerPort
	int port;

	@Autowired
	SlaTargetRecords records;

	@Autowired
	SlaReports reports;

	@Autowired
	MonthlyAttainment monthly;

	@Autowired
	SlaMonths months;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@AfterEach
	void realTime() {
		clock.set(Instant.now());
	}

	@Test
	void theAggregateAnswersWhatTheRowsAnswerForRandomSetsInAnyZone() {
		// 2035: Berlin goes to summer time on Sun 25 March (01:00 UTC) and back on Sun 28 October; New York
		// on Sun 11 March (07:00 UTC) and back on Sun 4 November. The report's "now" is 1 July 2035, 12:00 UTC:
		// running targets due before it count as breached.
		clock.set(Instant.parse("2035-07-01T12:00:00Z"));
		Random random = new Random(20351207);
		for (int i = 0; i < 400; i++) {
			evaluate(random, UUID.randomUUID(), opened(random));
		}
		List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"),
				ZoneId.of("UTC"), ZoneId.of("Pacific/Kiritimati"));
		List<LocalDate[]> ranges = List.of(range("2035-01-01", "2035-12-31"), range("2035-02-10", "2035-06-20"),
				// the weeks of the switches to summer time in Berlin and New York, and of both switches back
				range("2035-03-19", "2035-04-01"), range("2035-03-05", "2035-03-18"), range("2035-10-22", "2035-11-11"));
		List<SlaReportQuery.Grouping> groupings = List.of(SlaReportQuery.Grouping.DEFAULT,
				new SlaReportQuery.Grouping(false, false, Period.MONTH), new SlaReportQuery.Grouping(true, false, null),
				new SlaReportQuery.Grouping(false, true, null), new SlaReportQuery.Grouping(false, false, null),
				new SlaReportQuery.Grouping(true, true, Period.WEEK), new SlaReportQuery.Grouping(false, false, Period.DAY));
		int fromMonths = 0;
		int compared = 0;
		for (SlaTarget.Metric metric : SlaTarget.Metric.values()) {
			for (ZoneId zone : zones) {
				for (LocalDate[] range : ranges) {
					for (SlaReportQuery.Grouping grouping : groupings) {
						SlaReportQuery query = new SlaReportQuery(range[0], range[1], zone, grouping, metric, null);
						AttainmentPlan plan = AttainmentPlan.of(query);
						List<AttainmentRow> rows = reports.attainmentOfRows(query);
						assertThat(monthly.attainment(query, plan, clock.instant())).as("%s", query).isEqualTo(rows);
						fromMonths += plan.usesMonths() ? 1 : 0;
						compared += rows.isEmpty() ? 0 : 1;
					}
				}
			}
		}
		// most reports have rows, and the year's and the long range's months come from the aggregate
		assertThat(compared).isGreaterThan(300);
		assertThat(fromMonths).isGreaterThan(60);
	}

	@Test
	void aRunningTargetThatBreachesLaterMovesInTheAggregate() {
		// Premier Severity 1: 15 minutes on 24x7. Opened Sun 4 May 2036, 10:00 UTC (12:00 in Berlin).
		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		clock.set(Instant.parse("2036-05-04T10:00:00Z"));
		Http customer = Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD);
		Http.Response created = customer.post("/api/cases", Map.of("subject", "Exam room offline", "description", "x",
				"severity", 1));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		SlaReportQuery query = new SlaReportQuery(LocalDate.parse("2036-01-01"), LocalDate.parse("2036-12-31"),
				ZoneId.of("Europe/Berlin"), new SlaReportQuery.Grouping(true, true, null), SlaTarget.Metric.FIRST_RESPONSE, null);

		// 10:05: running, in the aggregate and in the report
		clock.set(Instant.parse("2036-05-04T10:05:00Z"));
		assertThat(stored()).containsExactly(1L, 0L, 0L);
		assertThat(premierSeverity1(query)).containsExactly(1L, 0L, 0L, 1L);

		// 10:30: due at 10:15 and not answered — breached in the report, still stored as running
		clock.set(Instant.parse("2036-05-04T10:30:00Z"));
		assertThat(stored()).containsExactly(1L, 0L, 0L);
		assertThat(premierSeverity1(query)).containsExactly(1L, 0L, 1L, 0L);

		// 10:40: support answers, 40 minutes after the opening — stored as breached with its response time
		clock.set(Instant.parse("2036-05-04T10:40:00Z"));
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		assertThat(agent.post("/api/cases/" + id + "/replies", Map.of("body", "Restarting the room")).status()).isEqualTo(200);
		assertThat(stored()).containsExactly(0L, 1L, 0L);
		assertThat(premierSeverity1(query)).containsExactly(1L, 0L, 1L, 0L);
		AttainmentRow row = monthly.attainment(query, AttainmentPlan.of(query), clock.instant()).get(0);
		assertThat(row.businessMinutes()).isEqualTo(new AttainmentRow.Minutes(40.0, 40.0, 40.0));
		assertThat(monthly.attainment(query, AttainmentPlan.of(query), clock.instant()))
			.isEqualTo(reports.attainmentOfRows(query));
	}

	@Test
	void compactionSumsEachKeyIntoOneRowAndChangesNoReport() {
		clock.set(Instant.parse("2035-07-01T12:00:00Z"));
		Random random = new Random(7);
		for (int i = 0; i < 50; i++) {
			UUID id = UUID.randomUUID();
			Instant opened = opened(random);
			evaluate(random, id, opened);
			evaluate(random, id, opened);
		}
		SlaReportQuery query = new SlaReportQuery(LocalDate.parse("2035-01-01"), LocalDate.parse("2035-12-31"),
				ZoneId.of("Europe/Berlin"), SlaReportQuery.Grouping.DEFAULT, SlaTarget.Metric.FIRST_RESPONSE, null);
		List<AttainmentRow> before = monthly.attainment(query, AttainmentPlan.of(query), clock.instant());

		months.compact();

		assertThat(jdbc.sql("""
				select count(*) from (select 1 from reporting_sla_month group by metric, month_start, plan_code, severity
				  having count(*) > 1) k""").query(Long.class).single()).isZero();
		assertThat(monthly.attainment(query, AttainmentPlan.of(query), clock.instant())).isEqualTo(before)
			.isEqualTo(reports.attainmentOfRows(query));
	}

	@Test
	void theMigrationsBackfillBuildsWhatTheEvaluationsKept() throws IOException {
		clock.set(Instant.parse("2035-07-01T12:00:00Z"));
		Random random = new Random(11);
		for (int i = 0; i < 50; i++) {
			UUID id = UUID.randomUUID();
			Instant opened = opened(random);
			evaluate(random, id, opened);
			evaluate(random, id, opened);
		}
		String backfill = backfill().replace("insert into reporting_sla_month", "insert into sla_month_rebuilt");
		TransactionTemplate snapshot = new TransactionTemplate(transactions);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.executeWithoutResult(tx -> {
			jdbc.sql("create temporary table sla_month_rebuilt (like reporting_sla_month) on commit drop").update();
			jdbc.sql(backfill).update();
			// every test's targets so far, in one snapshot: the kept aggregate and the rebuilt one sum alike
			assertThat(sums("sla_month_rebuilt")).isNotEmpty().isEqualTo(sums("reporting_sla_month"));
		});
	}

	/** The backfill statement of the aggregate's migration, which the report benchmark runs as well. */
	static String backfill() throws IOException {
		String migration = new ClassPathResource("db/migration/reporting/V2026_12_07_1000__reporting_sla_month.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		return migration.substring(migration.indexOf("-- backfill\n") + "-- backfill\n".length());
	}

	/** Every key's counts and histograms, summed over its rows, as text lines in order. */
	private List<String> sums(String table) {
		return jdbc.sql("""
				select metric || ' ' || month_start || ' ' || plan_code || ' ' || severity || ': ' || sum(opened) || ' '
				  || sum(cases) || ' ' || sum(met) || ' ' || sum(breached) || ' ' || sum(running) as line
				from %1$s group by metric, month_start, plan_code, severity
				having sum(opened) <> 0 or sum(cases) <> 0 or sum(met) <> 0 or sum(breached) <> 0 or sum(running) <> 0
				union all
				select metric || ' ' || month_start || ' ' || plan_code || ' ' || severity || ' ' || kind || ' ' || minute
				  || ': ' || sum(targets)
				from (select metric, month_start, plan_code, severity, 'business' as kind, u.minute, u.targets from %1$s,
				    unnest(business_minutes, business_targets) as u(minute, targets)
				  union all
				  select metric, month_start, plan_code, severity, 'calendar', u.minute, u.targets from %1$s,
				    unnest(calendar_minutes, calendar_targets) as u(minute, targets)) h
				group by metric, month_start, plan_code, severity, kind, minute having sum(targets) <> 0
				order by line""".formatted(table)).query(String.class).list();
	}

	/** Running, breached and met first-response targets of Premier Severity 1 in May 2036, summed over the aggregate's rows. */
	private List<Long> stored() {
		return jdbc.sql("""
				select coalesce(sum(running), 0), coalesce(sum(breached), 0), coalesce(sum(met), 0) from reporting_sla_month
				where metric = 'FIRST_RESPONSE' and month_start = '2036-05-01T00:00:00Z' and plan_code = 'PREMIER' and severity = 1""")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	/** Opened, met, breached and running of the Premier Severity 1 row, as the report (from the aggregate) says. */
	private List<Long> premierSeverity1(SlaReportQuery query) {
		AttainmentPlan plan = AttainmentPlan.of(query);
		assertThat(plan.usesMonths()).isTrue();
		AttainmentRow row = monthly.attainment(query, plan, clock.instant()).stream()
			.filter(r -> r.plan().equals("PREMIER") && r.severity() == 1).findFirst().orElseThrow();
		return List.of(row.opened(), row.met(), row.breached(), row.running());
	}

	/**
	 * Stores a random evaluation of case {@code id} through the listener, as the sla module publishes it:
	 * a first-response target in any state, and for some cases update targets, some of another plan.
	 */
	private void evaluate(Random random, UUID id, Instant opened) {
		List<SlaEvaluated.Target> targets = new ArrayList<>();
		String plan = PLANS[random.nextInt(PLANS.length)];
		targets.add(target(random, SlaTarget.Metric.FIRST_RESPONSE, 0, plan, opened));
		if (random.nextInt(4) == 0) {
			for (int index = 0; index < 1 + random.nextInt(3); index++) {
				String of = random.nextInt(3) == 0 ? PLANS[random.nextInt(PLANS.length)] : plan;
				targets.add(target(random, SlaTarget.Metric.UPDATE, index, of, opened.plus(Duration.ofHours(index))));
			}
		}
		SlaEvaluated event = new SlaEvaluated(new CaseId(id), "AGG-" + id.toString().substring(0, 8),
				new OrganisationId(UUID.randomUUID()), null, Channel.PORTAL, "en", null, 1 + random.nextInt(4), opened,
				clock.instant(), targets);
		new TransactionTemplate(transactions).executeWithoutResult(tx -> records.on(event));
	}

	private static SlaEvaluated.Target target(Random random, SlaTarget.Metric metric, int index, String plan,
			Instant started) {
		TargetState state = STATES[random.nextInt(STATES.length)];
		Instant due = started.plusSeconds(300 + random.nextInt(2 * 86_400));
		boolean answered = state == TargetState.MET || state == TargetState.BREACHED && random.nextBoolean();
		// response times to the second: most within two days, some beyond the 7 days from which the hour counts
		long seconds = random.nextInt(10) == 0 ? 500_000 + random.nextInt(2_000_000) : random.nextInt(2 * 86_400);
		long business = seconds * (50 + random.nextInt(51)) / 100;
		return new SlaEvaluated.Target(metric, index, plan, plan, started, due, answered ? started.plusSeconds(seconds) : null,
				state == TargetState.BREACHED ? due : null, state, answered ? Duration.ofSeconds(business) : null,
				answered ? Duration.ofSeconds(seconds) : null);
	}

	/** An opening instant in 2035: anywhere, or within hours of a UTC month boundary, or in a week of a clock switch. */
	private static Instant opened(Random random) {
		Instant[] near = { Instant.parse("2035-03-25T01:00:00Z"), Instant.parse("2035-03-11T07:00:00Z"),
				Instant.parse("2035-10-28T01:00:00Z"), Instant.parse("2035-11-04T06:00:00Z") };
		return switch (random.nextInt(3)) {
			case 0 -> Instant.parse("2035-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 86_400));
			case 1 -> LocalDate.of(2035, 1 + random.nextInt(12), 1).atStartOfDay(ZoneId.of("UTC")).toInstant()
				.plusSeconds(random.nextLong(-14 * 3600, 14 * 3600));
			default -> near[random.nextInt(near.length)].plusSeconds(random.nextLong(-4 * 86_400, 4 * 86_400));
		};
	}

	private static LocalDate[] range(String from, String to) {
		return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(to) };
	}
}
