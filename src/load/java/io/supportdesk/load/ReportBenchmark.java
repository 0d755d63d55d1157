package io.supportdesk.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The SLA attainment report over a year of {@code load.cases} (1,000,000) cases (issue #16, "a year's
 * attainment report over 1,000,000 cases answers in ≤ 1 s"): Supportdesk (demo profile, {@code java -Xmx1g},
 * its own embedded PostgreSQL) migrates its schema; the benchmark then writes the cases' stored SLA straight
 * into the reporting read model ({@code reporting_sla_target}: one first-response target per case and two
 * update targets per Severity 1 case, over the last 365 days, 1,000 organisations, the four severities and
 * three plans, mostly met, some breached, the last days' still running), rebuilds the monthly aggregate
 * ({@code reporting_sla_month}) from those rows with the backfill statement of its migration, {@code VACUUM
 * ANALYZE}, and times {@code GET /api/reports/sla} for the last 365 days in Europe/Berlin,
 * {@code groupBy=plan,severity,month}, as the demo's support manager with an API token over HTTP:
 * {@code load.warmups} (5) requests, then {@code load.requests} (20) measured one after another. Then the
 * same report for one channel, which the aggregate cannot answer (the row-level query), 5 times measured.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -DskipTests compile exec:exec@report-load}; settings in
 * {@code load.args}, e.g. {@code -Dload.args="-Dload.cases=200000 -Dload.requests=10"}.
 */
public final class ReportBenchmark {

	private static final String PASSWORD = "supportdesk-demo";

	private static final String MANAGER = "maria.schmidt@supportdesk.local";

	private final int cases = Integer.getInteger("load.cases", 1_000_000);

	private final int warmups = Integer.getInteger("load.warmups", 5);

	private final int requests = Integer.getInteger("load.requests", 20);

	private final Path root = Path.of("target", "load-reports");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private EmbeddedPostgres database;

	private LoadApplication application;

	public static void main(String[] args) throws Exception {
		ReportBenchmark benchmark = new ReportBenchmark();
		int status = 0;
		try {
			benchmark.run();
		}
		catch (Exception failed) {
			failed.printStackTrace();
			status = 1;
		}
		finally {
			benchmark.stop();
		}
		System.exit(status);
	}

	private void run() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(root);
		say("Machine: %d cores, %s %s; application heap 1 GiB", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"));
		database = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(true).start();
		try (Connection connection = database.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
			sql.execute("create database supportdesk");
		}
		application = LoadApplication.start(root, database.getJdbcUrl("postgres", "supportdesk"));
		long started = System.nanoTime();
		long rows;
		try (Connection connection = database.getDatabase("postgres", "supportdesk").getConnection()) {
			rows = fill(connection);
		}
		say("Wrote %,d reporting rows for %,d cases and vacuumed in %.1f s", rows, cases,
				(System.nanoTime() - started) / 1e9);

		String token = token();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		String path = "/api/reports/sla?from=" + today.minusDays(365) + "&to=" + today.minusDays(1)
				+ "&zone=Europe/Berlin&groupBy=plan,severity,month&metric=FIRST_RESPONSE";
		String first = get(path, token);
		Matcher opened = Pattern.compile("\"opened\"\\s*:\\s*(\\d+)").matcher(first);
		long counted = 0;
		int groups = 0;
		while (opened.find()) {
			counted += Long.parseLong(opened.group(1));
			groups++;
		}
		say("GET %s: %d rows (plan × severity × month), %,d cases counted", path, groups, counted);
		checkAgainstTheRows(first, today);
		for (int i = 1; i < warmups; i++) {
			get(path, token);
		}
		say("Load average before measuring: %s", loadAverage());
		Latencies latencies = new Latencies();
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			get(path, token);
			latencies.record(System.nanoTime() - start);
		}
		say("A year's attainment report, %d warm-ups then %d one after another: %s", warmups, requests,
				latencies.summary());

		String filtered = path + "&channel=EMAIL";
		get(filtered, token);
		Latencies rowLevel = new Latencies();
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			get(filtered, token);
			rowLevel.record(System.nanoTime() - start);
		}
		say("The same for one channel (row-level query, no aggregate), 1 warm-up then 5: %s", rowLevel.summary());
		say("Load average after: %s", loadAverage());
	}

	/** The machine's load averages (1, 5, 15 minutes) where Linux tells them: the machine is shared. */
	private static String loadAverage() throws IOException {
		Path load = Path.of("/proc/loadavg");
		return Files.isReadable(load) ? String.join(" ", List.of(Files.readString(load).split(" ")).subList(0, 3)) : "unknown";
	}

	/** The read model's rows straight into the migrated schema; then VACUUM ANALYZE. Answers the rows written. */
	private long fill(Connection connection) throws Exception {
		connection.setAutoCommit(true);
		try (Statement sql = connection.createStatement()) {
			sql.execute("set synchronous_commit = off");
			// case g (1 … cases): opened g · 365 days / cases ago (evenly over the year, by the minute), severity
			// g % 4 + 1, plan by organisation; met 10 minutes to 6 hours after opening (hash-spread) within the
			// target, 8 % breached, the last 2 days' targets still running
			sql.execute("""
					insert into reporting_sla_target (case_id, metric, target_index, reference, organisation_id, team_id,
					  channel, language, product, plan_code, plan_name, severity, opened_at, started_at, due_at, met_at,
					  breached_at, state, business_seconds, calendar_seconds, evaluated_at)
					select md5('report-case-' || g)::uuid, 'FIRST_RESPONSE', 0, 'RP-' || g, md5('report-org-' || g %% 1000)::uuid,
					  null, (array['PORTAL', 'EMAIL', 'CHAT', 'API'])[g %% 4 + 1], (array['en', 'de', 'fr', 'es'])[g %% 4 + 1],
					  null, plan, initcap(replace(plan, '_', ' ')), severity, opened, opened, opened + target,
					  case when state = 'MET' then opened + spread * target end,
					  case when state = 'BREACHED' then opened + target end, state,
					  case when state = 'MET' then (extract(epoch from spread * target) * 0.7)::bigint end,
					  case when state = 'MET' then extract(epoch from spread * target)::bigint end, now()
					from (select g, opened, severity, plan, target, (abs(hashint4(g)) %% 1000) / 1000.0 as spread,
					    case when opened > now() - interval '2 days' then 'RUNNING'
					      when abs(hashint4(g + 7)) %% 100 < 8 then 'BREACHED' else 'MET' end as state
					  from (select g, now() - (g::bigint * 525600 / %1$d) * interval '1 minute' as opened, g %% 4 + 1 as severity,
					      (array['STANDARD', 'PREMIER', 'PROCTORED_EXAM_24X7'])[g %% 1000 %% 3 + 1] as plan,
					      (array[interval '1 hour', interval '4 hours', interval '8 hours', interval '24 hours'])[g %% 4 + 1]
					        as target
					    from generate_series(1, %1$d) g) c) s""".formatted(cases));
			// Severity 1's update cadence: two more targets per case, which the first-response report reads past
			sql.execute("""
					insert into reporting_sla_target (case_id, metric, target_index, reference, organisation_id, team_id,
					  channel, language, product, plan_code, plan_name, severity, opened_at, started_at, due_at, met_at,
					  breached_at, state, business_seconds, calendar_seconds, evaluated_at)
					select case_id, 'UPDATE', i, reference, organisation_id, team_id, channel, language, product, plan_code,
					  plan_name, severity, opened_at, opened_at + i * interval '1 hour', opened_at + (i + 1) * interval '1 hour',
					  opened_at + (i + 0.5) * interval '1 hour', null, 'MET', 1800, 1800, now()
					from reporting_sla_target cross join generate_series(0, 1) i
					where metric = 'FIRST_RESPONSE' and severity = 1 and reference like 'RP-%'""");
			// the aggregate, rebuilt from every row (the demo's cases too) by the migration's own backfill statement,
			// in one snapshot: an evaluation committed meanwhile keeps its own rows (what it added and subtracted)
			long aggregating = System.nanoTime();
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			sql.execute("delete from reporting_sla_month");
			sql.execute(backfill());
			connection.commit();
			connection.setAutoCommit(true);
			say("Rebuilt reporting_sla_month from the rows with the migration's backfill in %.1f s",
					(System.nanoTime() - aggregating) / 1e9);
			sql.execute("vacuum analyze reporting_sla_target");
			sql.execute("vacuum analyze reporting_sla_month");
			try (var count = sql.executeQuery("select count(*), sum(coalesce(cardinality(business_minutes), 0)"
					+ " + coalesce(cardinality(calendar_minutes), 0)) from reporting_sla_month")) {
				count.next();
				say("reporting_sla_month: %,d rows holding %,d histogram buckets", count.getLong(1), count.getLong(2));
			}
			try (var count = sql.executeQuery("select count(*) from reporting_sla_target where reference like 'RP-%'")) {
				count.next();
				return count.getLong(1);
			}
		}
	}

	/** The report's cases and met targets, counted again from the rows themselves: the benchmark measures a right report. */
	private void checkAgainstTheRows(String report, LocalDate today) throws Exception {
		long opened = sum(report, "opened");
		long met = sum(report, "met");
		try (Connection connection = database.getDatabase("postgres", "supportdesk").getConnection();
				var statement = connection.prepareStatement("""
						select count(distinct case_id), count(*) filter (where state = 'MET') from reporting_sla_target
						where metric = 'FIRST_RESPONSE' and opened_at >= ? and opened_at < ?""")) {
			ZoneId berlin = ZoneId.of("Europe/Berlin");
			statement.setObject(1, today.minusDays(365).atStartOfDay(berlin).toOffsetDateTime());
			statement.setObject(2, today.atStartOfDay(berlin).toOffsetDateTime());
			try (var counted = statement.executeQuery()) {
				counted.next();
				if (counted.getLong(1) != opened || counted.getLong(2) != met) {
					throw new IllegalStateException("The report counts %d cases and %d met, the rows %d and %d"
						.formatted(opened, met, counted.getLong(1), counted.getLong(2)));
				}
			}
		}
		say("The rows themselves count the same %,d cases and %,d met targets", opened, met);
	}

	/** The sum of a field over the report's rows. */
	private static long sum(String json, String field) {
		Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
		long sum = 0;
		while (value.find()) {
			sum += Long.parseLong(value.group(1));
		}
		return sum;
	}

	/** The statement after {@code -- backfill} in the aggregate's migration. */
	private static String backfill() throws IOException {
		try (var in = ReportBenchmark.class.getResourceAsStream(
				"/db/migration/reporting/V2026_12_07_1000__reporting_sla_month.sql")) {
			String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return migration.substring(migration.indexOf("-- backfill\n") + "-- backfill\n".length());
		}
	}

	private String token() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString((MANAGER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/me/tokens"))
			.header("Authorization", basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"report-load\", \"expiresInDays\": 1}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	private String get(String path, String token) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json").GET()
			.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private String base() {
		return "http://localhost:" + application.port();
	}

	private void stop() {
		if (application != null) {
			application.close();
		}
		if (database != null) {
			try {
				database.close();
			}
			catch (IOException ex) {
				say("Could not stop PostgreSQL: %s", ex);
			}
		}
	}

	private static void say(String format, Object... args) {
		System.out.printf(format + "%n", args);
		System.out.flush();
	}
}
