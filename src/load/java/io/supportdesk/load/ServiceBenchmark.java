package io.supportdesk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The service benchmark (docs/performance.md): Supportdesk as its own process on an embedded
 * PostgreSQL holding 1,000,000 cases of which 100,000 are open; measures the queue over HTTP and as
 * bare SQL, then case intake over {@code POST /api/cases} with API tokens from concurrent clients, and
 * the same per-case SQL — captured from PostgreSQL's statement log — replayed directly over JDBC.
 * Prints figures; asserts nothing but that every accepted case is stored with its SLA and timers.
 *
 * <p>Settings (system properties): {@code load.cases}, {@code load.open}, {@code load.clients},
 * {@code load.seconds} (measured intake), {@code load.warmup} (seconds), {@code load.queue-requests}.
 */
public final class ServiceBenchmark {

	private static final String PASSWORD = "supportdesk-demo";

	private static final List<String> CUSTOMERS = List.of("user@acme.example", "admin@acme.example",
			"user@globex.example", "admin@globex.example", "user@northwind.example", "admin@northwind.example");

	private static final String AGENT = "anna.berger@supportdesk.local";

	/** The work list's SQL as SlaWorkList runs it without filters (kept in step by hand). */
	private static final String QUEUE_SQL = """
			select case_id, reference, organisation_id, subject, severity, priority_queueing, first_response_due,
			  first_response_state, status, language, assignee_id, opened_at, badge_state, badge_due, badge_amber_at,
			  badge_red_at
			from sla_case_state where status in ('NEW', 'OPEN')
			order by severity, priority_queueing desc, first_response_due, opened_at limit 50""";

	private final int cases = Integer.getInteger("load.cases", 1_000_000);

	private final int open = Integer.getInteger("load.open", 100_000);

	private final int clients = Integer.getInteger("load.clients", 16);

	private final int seconds = Integer.getInteger("load.seconds", 30);

	private final int warmup = Integer.getInteger("load.warmup", 30);

	private final int queueRequests = Integer.getInteger("load.queue-requests", 2_000);

	private final Path root = Path.of("target", "load").toAbsolutePath();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private EmbeddedPostgres database;

	private Process application;

	/**
	 * The SMTP server the application sends its mail to (acknowledgements of the intake's cases): in this
	 * JVM, like the load client, so that receiving the mail is not counted as the application's CPU.
	 */
	private GreenMail smtp;

	private String base;

	public static void main(String[] args) throws Exception {
		ServiceBenchmark benchmark = new ServiceBenchmark();
		try {
			benchmark.run();
		}
		finally {
			benchmark.stop();
		}
		System.exit(0);
	}

	private void run() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(root.resolve("pglog"));
		say("Machine: %d cores, %s %s; application heap %s", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version"), "1 GiB");
		startDatabase();
		startApplication();
		String agent = token(AGENT);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			customers.add(token(CUSTOMERS.get(i % CUSTOMERS.size())));
		}
		UUID team;
		UUID anna;
		try (Connection connection = connect()) {
			team = single(connection, "select id from accounts_team where name = 'First line'");
			anna = single(connection, "select id from accounts_user where email = '" + AGENT + "'");
			long started = System.nanoTime();
			Volume.load(connection, cases, open, team, anna);
			say("Loaded %,d cases (%,d open) with history, stored SLA and timers in %.0f s", cases, open,
					(System.nanoTime() - started) / 1e9);
			say("Rows: %s", rowCounts(connection));
		}
		queue(agent, team, anna);
		CapturedTransaction captured = capture(customers.get(0));
		intake(customers);
		replay(captured);
		baseline();
		verify();
	}

	private void queue(String agent, UUID team, UUID anna) throws Exception {
		say("%n## Queue (%,d sequential requests each, after %,d warm-up requests, limit 50)", queueRequests,
				queueRequests / 4);
		Map<String, String> filters = new java.util.LinkedHashMap<>();
		filters.put("no filter", "");
		filters.put("language=de", "&language=de");
		filters.put("team=First line", "&team=" + team);
		filters.put("assignee=Anna", "&assignee=" + anna);
		for (var filter : filters.entrySet()) {
			String uri = "/api/queue?limit=50" + filter.getValue();
			Latencies latencies = new Latencies();
			for (int i = 0; i < queueRequests / 4; i++) {
				get(uri, agent);
			}
			for (int i = 0; i < queueRequests; i++) {
				long start = System.nanoTime();
				HttpResponse<String> response = get(uri, agent);
				if (response.statusCode() == 200) {
					latencies.record(System.nanoTime() - start);
				}
				else {
					latencies.error();
				}
			}
			say("GET %-40s %s", uri.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…"), latencies.summary());
		}
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(QUEUE_SQL)) {
			Latencies latencies = new Latencies();
			for (int i = 0; i < queueRequests + queueRequests / 4; i++) {
				long start = System.nanoTime();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						rows.getObject(1);
					}
				}
				if (i >= queueRequests / 4) {
					latencies.record(System.nanoTime() - start);
				}
			}
			say("Queue SQL over JDBC, no filter:            %s", latencies.summary());
			try (var explain = connection.createStatement().executeQuery("explain (analyze, buffers) " + QUEUE_SQL)) {
				StringBuilder plan = new StringBuilder();
				while (explain.next()) {
					plan.append("    ").append(explain.getString(1)).append('\n');
				}
				say("Plan:%n%s", plan);
			}
		}
	}

	/** One case opened with PostgreSQL logging every statement: the per-case SQL the replay runs. */
	private CapturedTransaction capture(String token) throws Exception {
		post("/api/cases", token, caseBody("Capture warm-up", 2));
		Path csv = root.resolve("pglog").resolve("postgresql.csv");
		try (Connection connection = connect(); var sql = connection.createStatement()) {
			sql.execute("select pg_rotate_logfile()");
			Thread.sleep(300);
			long before = Files.exists(csv) ? Files.size(csv) : 0;
			sql.execute("alter system set log_statement = 'all'");
			sql.execute("select pg_reload_conf()");
			Thread.sleep(500);
			HttpResponse<String> response = post("/api/cases", token, caseBody("Captured", 2));
			sql.execute("alter system reset log_statement");
			sql.execute("select pg_reload_conf()");
			Thread.sleep(500);
			if (response.statusCode() != 201) {
				throw new IllegalStateException("Capture request failed: " + response.statusCode() + " " + response.body());
			}
			byte[] all = Files.readAllBytes(csv);
			Path window = root.resolve("captured.csv");
			Files.write(window, java.util.Arrays.copyOfRange(all, (int) before, all.length));
			CapturedTransaction captured = CapturedTransaction.fromCsvLog(window, "cases_case");
			say("%n## Per-case SQL of POST /api/cases (captured from PostgreSQL's statement log)");
			say("%d statements (%d transaction-control or session statements left out of the replay); new ids: %d",
					captured.statements().size(), captured.skipped(), captured.generated().size());
			for (CapturedTransaction.Statement statement : captured.statements()) {
				say("  - %s", oneLine(statement.sql(), 110));
			}
			return captured;
		}
	}

	private void intake(List<String> tokens) throws Exception {
		say("%n## Intake: POST /api/cases, %d clients with their own API tokens, %d s warm-up, %d s measured",
				clients, warmup, seconds);
		AtomicLong created = new AtomicLong();
		long[] cpuAtStart = new long[1];
		Latencies measured = load(clients, (client, n) -> {
			HttpResponse<String> response = post("/api/cases", tokens.get(client),
					caseBody("Intake " + client + "-" + n, 1 + (int) (n % 4)));
			if (response.statusCode() != 201) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			created.incrementAndGet();
		}, () -> cpuAtStart[0] = applicationCpuNanos());
		long cpu = applicationCpuNanos() - cpuAtStart[0];
		say("Throughput: %,.0f cases/s", measured.count() / (double) seconds);
		say("Latency:    %s", measured.summary());
		say("Accepted during warm-up and measurement: %,d", created.get());
		say("Application CPU while measured: %.2f of %d cores, %.2f ms per case", cpu / 1e9 / seconds,
				Runtime.getRuntime().availableProcessors(), cpu / 1e6 / Math.max(1, measured.count()));
	}

	/** The application process's CPU time so far (user and system), in nanoseconds. */
	private long applicationCpuNanos() {
		return application.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	/**
	 * The floor: one single-row insert and a commit per transaction from as many connections, on the same
	 * database with the same {@code synchronous_commit = on}, so each commit waits for its WAL flush.
	 */
	private void baseline() throws Exception {
		say("%n## Baseline: one single-row INSERT and COMMIT per transaction, %d connections, %d s warm-up, %d s measured",
				clients, warmup, seconds);
		List<Connection> connections = new ArrayList<>();
		try (Connection connection = connect(); var sql = connection.createStatement()) {
			sql.execute("create table if not exists load_commit_baseline (id uuid primary key, at timestamptz not null)");
		}
		List<PreparedStatement> inserts = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Connection connection = connect();
			connection.setAutoCommit(false);
			connections.add(connection);
			inserts.add(connection.prepareStatement("insert into load_commit_baseline (id, at) values (?, now())"));
		}
		try {
			Latencies measured = load(clients, (client, n) -> {
				PreparedStatement insert = inserts.get(client);
				insert.setObject(1, UUID.randomUUID());
				insert.executeUpdate();
				connections.get(client).commit();
			}, () -> { });
			say("Throughput: %,.0f commits/s", measured.count() / (double) seconds);
			say("Latency:    %s", measured.summary());
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	private void replay(CapturedTransaction captured) throws Exception {
		say("%n## The same per-case SQL replayed over JDBC: %d connections, %d s warm-up, %d s measured", clients,
				warmup, seconds);
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Connection connection = connect();
			connection.setAutoCommit(false);
			connections.add(connection);
		}
		try {
			Latencies measured = load(clients, (client, n) -> captured.replay(connections.get(client)), () -> { });
			say("Throughput: %,.0f cases/s", measured.count() / (double) seconds);
			say("Latency:    %s", measured.summary());
			int runs = 500;
			long[] nanos = new long[captured.statements().size() + 1];
			for (int i = 0; i < runs; i++) {
				captured.replay(connections.get(0), nanos);
			}
			say("One connection alone, %d cases: mean time per statement (µs), the costliest first:", runs);
			java.util.stream.IntStream.range(0, nanos.length).boxed()
				.sorted(java.util.Comparator.comparingLong(i -> -nanos[i])).limit(8)
				.forEach(i -> say("  %8.0f  %s", nanos[i] / 1000.0 / runs, i == captured.statements().size() ? "COMMIT"
						: oneLine(captured.statements().get(i).sql(), 100)));
			say("  %8.0f  all statements and the commit", java.util.Arrays.stream(nanos).sum() / 1000.0 / runs);
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	/** Every case the API accepted is stored, with its stored SLA and, where a target runs, its timers. */
	private void verify() throws SQLException {
		try (Connection connection = connect(); var sql = connection.createStatement(); ResultSet row = sql.executeQuery("""
				select count(*) as cases,
				  count(*) filter (where s.case_id is null) as without_sla,
				  count(*) filter (where s.case_id is not null
				    and jsonb_path_exists(s.targets, '$[*] ? (@.state == "RUNNING")') and t.n is null) as without_timers
				from cases_case c left join sla_case_state s on s.case_id = c.id
				left join (select split_part(task_instance, '|', 1) as case_id, count(*) as n from scheduled_tasks
				  where task_name = 'sla-timer' group by 1) t on t.case_id = c.id::text
				where c.subject like 'Intake %'""")) {
			row.next();
			say("%n## Check: %,d intake cases stored; without stored SLA: %d; with a running target but no timer: %d",
					row.getLong("cases"), row.getLong("without_sla"), row.getLong("without_timers"));
		}
	}

	interface Work {
		void run(int client, long n) throws Exception;
	}

	/**
	 * Runs {@code work} from {@code threads} threads: warm-up, then the measured seconds;
	 * {@code atMeasurementStart} runs once when the warm-up ends.
	 */
	private Latencies load(int threads, Work work, Runnable atMeasurementStart) throws InterruptedException {
		long warmEnd = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
		long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
		Thread marker = new Thread(() -> {
			try {
				Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
				atMeasurementStart.run();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "measurement-start");
		marker.start();
		Latencies all = new Latencies();
		CountDownLatch done = new CountDownLatch(threads);
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int t = 0; t < threads; t++) {
			int client = t;
			Thread thread = new Thread(() -> {
				Latencies mine = new Latencies();
				long n = 0;
				try {
					while (true) {
						long start = System.nanoTime();
						if (start >= end) {
							break;
						}
						try {
							work.run(client, n++);
							if (start >= warmEnd) {
								mine.record(System.nanoTime() - start);
							}
						}
						catch (Exception ex) {
							mine.error();
							if (failures.size() < 5) {
								failures.add(ex.toString());
							}
						}
					}
				}
				finally {
					all.addAll(mine);
					done.countDown();
				}
			}, "client-" + t);
			thread.start();
		}
		done.await();
		marker.join();
		failures.forEach(failure -> say("  failure: %s", failure));
		return all;
	}

	private static String caseBody(String subject, int severity) {
		return """
				{"subject": "%s", "description": "The exam proctoring console freezes when a candidate shares a second \
				screen; observed on three workstations since this morning.", "product": "Proctor Console", \
				"severity": %d}""".formatted(subject, severity);
	}

	private String token(String email) throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
			.header("Authorization", basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"expiresInDays\": 1}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("No token for " + email + ": " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void startDatabase() throws IOException, SQLException {
		database = EmbeddedPostgres.builder()
			.setDataDirectory(root.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "200")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_destination", "csvlog")
			.setServerConfig("log_directory", root.resolve("pglog").toString())
			.setServerConfig("log_filename", "postgresql.log")
			.start();
		try (Connection connection = database.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
			sql.execute("create database supportdesk");
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	private String jdbcUrl() {
		return database.getJdbcUrl("postgres", "supportdesk");
	}

	private void startApplication() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		base = "http://localhost:" + port;
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g"));
		String extra = System.getProperty("load.application-jvm-args", "").strip();
		if (!extra.isEmpty()) {
			command.addAll(List.of(extra.split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--spring.profiles.active=demo", "--server.port=" + port,
				// the load comes from one address with one token: it measures the service, not the rate limiter
				"--supportdesk.api.rate-limit.per-credential=1000000000", "--supportdesk.api.rate-limit.per-address=1000000000"));
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(root.resolve("application.log").toFile());
		builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl());
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
		builder.environment().put("SUPPORTDESK_DATA_DIR", root.resolve("data").toString());
		try (ServerSocket socket = new ServerSocket(0)) {
			smtp = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		}
		smtp.start();
		builder.environment().put("SPRING_MAIL_HOST", "127.0.0.1");
		builder.environment().put("SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
		application = builder.start();
		Instant deadline = Instant.now().plusSeconds(240);
		while (Instant.now().isBefore(deadline)) {
			if (!application.isAlive()) {
				throw new IllegalStateException("The application stopped; see " + root.resolve("application.log"));
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					say("Application up on port %d (log: target/load/application.log)", port);
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The application did not start within 240 s");
	}

	private void stop() {
		if (application != null) {
			application.destroy();
			try {
				application.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (smtp != null) {
			smtp.stop();
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

	private static UUID single(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			if (!row.next()) {
				throw new IllegalStateException("Nothing for " + sql);
			}
			return row.getObject(1, UUID.class);
		}
	}

	private static String rowCounts(Connection connection) throws SQLException {
		StringBuilder counts = new StringBuilder();
		for (String table : Stream.of("cases_case", "cases_history", "sla_case_state", "scheduled_tasks").toList()) {
			try (var statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select count(*) from " + table)) {
				row.next();
				counts.append(table).append(' ').append(String.format("%,d", row.getLong(1))).append("; ");
			}
		}
		return counts.toString();
	}

	private static String oneLine(String sql, int length) {
		String line = sql.replaceAll("\\s+", " ").strip();
		return line.length() <= length ? line : line.substring(0, length) + "…";
	}

	private static void say(String format, Object... args) {
		System.out.println(String.format(format, args));
		System.out.flush();
	}
}
