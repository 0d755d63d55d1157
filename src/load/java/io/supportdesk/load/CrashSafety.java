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
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * The crash-safety fault test (docs/reliability.md). Two phases, each with case intake from 16 clients
 * ({@code POST /api/cases}, an API token each) running throughout:
 * <ol>
 *   <li><b>application</b>: Supportdesk on its embedded PostgreSQL (the default installation) is killed
 *       with {@code kill -9} at a random moment, restarted, again and again;</li>
 *   <li><b>database</b>: Supportdesk on an external PostgreSQL ({@link OwnPostgres}) whose postmaster is
 *       killed with {@code kill -9} at a random moment and restarted (crash recovery), the application
 *       running on.</li>
 * </ol>
 * Every case answered 201 is recorded; after the last restart and a grace period the
 * {@link CrashInvariants} are checked. Clients may see errors while a process is down: only 201s count.
 * Exits 1 if an invariant is broken.
 *
 * <p>Settings (system properties): {@code fault.app-kills} (10), {@code fault.db-kills} (3),
 * {@code fault.clients} (16), {@code fault.min-seconds} / {@code fault.max-seconds} (3 / 12: load before
 * each kill), {@code fault.grace} / {@code fault.db-grace} (30 s / 200 s: wait before the check),
 * {@code fault.seed} (random), {@code fault.phases}
 * ({@code application,database}), {@code fault.pg-bin}.
 */
public final class CrashSafety {

	private static final String PASSWORD = "supportdesk-demo";

	private static final List<String> CUSTOMERS = List.of("user@acme.example", "admin@acme.example",
			"user@globex.example", "admin@globex.example", "user@northwind.example", "admin@northwind.example");

	private static final Pattern CREATED = Pattern.compile(
			"\"(id|reference)\"\\s*:\\s*\"([^\"]+)\".*\"(id|reference)\"\\s*:\\s*\"([^\"]+)\"");

	private final int appKills = Integer.getInteger("fault.app-kills", 10);

	private final int dbKills = Integer.getInteger("fault.db-kills", 3);

	private final int clients = Integer.getInteger("fault.clients", 16);

	private final int minSeconds = Integer.getInteger("fault.min-seconds", 3);

	private final int maxSeconds = Integer.getInteger("fault.max-seconds", 12);

	private final int grace = Integer.getInteger("fault.grace", 30);

	/**
	 * After a database crash, publications whose listener ran when PostgreSQL died are delivered by the
	 * retry task once they are stale (EventPublicationRetry: 2 minutes, checked every minute).
	 */
	private final int dbGrace = Integer.getInteger("fault.db-grace", 200);

	private final long seed = Long.getLong("fault.seed", new Random().nextLong());

	private final List<String> phases = List.of(System.getProperty("fault.phases", "application,database").split(","));

	private final Random random = new Random(seed);

	private final Path root = Path.of("target", "crash").toAbsolutePath();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private volatile String base;

	private volatile boolean loading;

	private final Queue<CrashInvariants.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

	private final AtomicLong failures = new AtomicLong();

	public static void main(String[] args) throws Exception {
		boolean held = false;
		try {
			held = new CrashSafety().run();
		}
		finally {
			System.exit(held ? 0 : 1);
		}
	}

	private boolean run() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		Files.createDirectories(root);
		say("Machine: %d cores, %s %s; seed %d (-Dfault.seed=%d repeats the kill moments)",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), seed, seed);
		boolean held = true;
		if (phases.contains("application")) {
			held &= applicationKills();
		}
		if (phases.contains("database")) {
			held &= databaseKills();
		}
		say("%n%s", held ? "All invariants held." : "AN INVARIANT WAS BROKEN (see above).");
		return held;
	}

	/** Phase 1: kill -9 of the application on its embedded PostgreSQL, restart, repeat. */
	private boolean applicationKills() throws Exception {
		say("%n## Phase 1: kill -9 of the application (embedded PostgreSQL), %d times, %d clients", appKills, clients);
		Path dir = root.resolve("application");
		Files.createDirectories(dir);
		acknowledged.clear();
		failures.set(0);
		LoadApplication app = start(dir, null, "first start");
		List<String> tokens = tokens();
		List<Thread> threads = startClients(tokens, "Crash app");
		List<Long> restarts = new ArrayList<>();
		for (int run = 1; run <= appKills; run++) {
			int before = acknowledged.size();
			Thread.sleep(loadMillis());
			app.kill();
			long killedAt = System.nanoTime();
			int during = acknowledged.size() - before;
			app = start(dir, null, null);
			long restart = (System.nanoTime() - killedAt) / 1_000_000;
			restarts.add(restart);
			say("run %2d: %,5d cases acknowledged before kill -9; restarted in %,d ms", run, during, restart);
		}
		Instant restarted = Instant.now();
		Thread.sleep(loadMillis());
		stopClients(threads);
		boolean held = verify(embeddedConnection(dir), "Crash app%", restarted, restarts, "application restart", grace);
		app.close();
		return held;
	}

	/** Phase 2: kill -9 of an external PostgreSQL's postmaster under load, restart it, repeat. */
	private boolean databaseKills() throws Exception {
		say("%n## Phase 2: kill -9 of PostgreSQL (external, fsync and synchronous_commit on), %d times, %d clients",
				dbKills, clients);
		Path dir = root.resolve("database");
		Files.createDirectories(dir);
		acknowledged.clear();
		failures.set(0);
		OwnPostgres database = OwnPostgres.create(dir.resolve("postgres"));
		try {
			LoadApplication app = start(dir, database.jdbcUrl(), "first start");
			List<String> tokens = tokens();
			List<Thread> threads = startClients(tokens, "Crash db");
			List<Long> restarts = new ArrayList<>();
			for (int run = 1; run <= dbKills; run++) {
				int before = acknowledged.size();
				Thread.sleep(loadMillis());
				database.kill();
				long killedAt = System.nanoTime();
				int during = acknowledged.size() - before;
				database.start();
				long restart = (System.nanoTime() - killedAt) / 1_000_000;
				restarts.add(restart);
				int after = acknowledged.size();
				long serving = awaitNewCase(after, killedAt);
				say("run %2d: %,5d cases acknowledged before kill -9; PostgreSQL back in %,d ms, the next 201 %,d ms after the kill",
						run, during, restart, serving);
			}
			Instant restarted = Instant.now();
			Thread.sleep(loadMillis());
			stopClients(threads);
			boolean held = verify(database.connect(), "Crash db%", restarted, restarts, "PostgreSQL restart", dbGrace);
			app.close();
			return held;
		}
		finally {
			database.stop();
		}
	}

	private boolean verify(Connection connection, String subjects, Instant restarted, List<Long> restarts, String what,
			int grace) throws Exception {
		say("Load stopped: %,d cases acknowledged in all, %,d requests failed or refused while a process was down",
				acknowledged.size(), failures.get());
		say("Waiting %d s (grace period for event delivery and timers)…", grace);
		Thread.sleep(grace * 1000L);
		try (connection) {
			CrashInvariants result = CrashInvariants.check(connection, subjects, List.copyOf(acknowledged), restarted);
			say("%s: min %,d ms, median %,d ms, max %,d ms", what, restarts.stream().mapToLong(Long::longValue).min().orElse(0),
					restarts.stream().sorted().toList().get(restarts.size() / 2),
					restarts.stream().mapToLong(Long::longValue).max().orElse(0));
			say("Runs: %d; %s", restarts.size(), result.summary());
			result.examples().forEach(example -> say("  %s", example));
			return result.holds();
		}
	}

	private LoadApplication start(Path dir, String jdbcUrl, String label) throws Exception {
		LoadApplication app = LoadApplication.start(dir, jdbcUrl);
		base = "http://localhost:" + app.port();
		if (label != null) {
			say("Application up (%s), log: %s", label, root.relativize(app.log()));
		}
		return app;
	}

	private long loadMillis() {
		return (minSeconds * 1000L) + (long) (random.nextDouble() * (maxSeconds - minSeconds) * 1000);
	}

	private long awaitNewCase(int count, long since) throws InterruptedException {
		while (acknowledged.size() <= count) {
			Thread.sleep(20);
		}
		return (System.nanoTime() - since) / 1_000_000;
	}

	private List<Thread> startClients(List<String> tokens, String subject) {
		loading = true;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> intake(tokens.get(client), subject + " " + client), "client-" + c);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		return threads;
	}

	private void stopClients(List<Thread> threads) throws InterruptedException {
		loading = false;
		for (Thread thread : threads) {
			thread.join();
		}
	}

	/** One client: opens cases one after the other; a 201 is recorded, anything else counted. */
	private void intake(String token, String subject) {
		long n = 0;
		while (loading) {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
					.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(caseBody(
							subject + "-" + n++, 1 + (int) (n % 4)))).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					acknowledged.add(parse(response.body()));
				}
				else {
					failures.incrementAndGet();
					Thread.sleep(100);
				}
			}
			catch (IOException down) {
				failures.incrementAndGet();
				sleep();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static CrashInvariants.Acknowledged parse(String body) {
		Matcher matcher = CREATED.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected 201 body: " + body);
		}
		boolean idFirst = matcher.group(1).equals("id");
		return new CrashInvariants.Acknowledged(UUID.fromString(matcher.group(idFirst ? 2 : 4)),
				matcher.group(idFirst ? 4 : 2));
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String caseBody(String subject, int severity) {
		return """
				{"subject": "%s", "description": "The exam proctoring console freezes when a candidate shares a second \
				screen; observed on three workstations since this morning.", "product": "Proctor Console", \
				"severity": %d}""".formatted(subject, severity);
	}

	private List<String> tokens() throws Exception {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			tokens.add(token(CUSTOMERS.get(i % CUSTOMERS.size())));
		}
		return tokens;
	}

	private String token(String email) throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
			.header("Authorization", basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"fault test\", \"expiresInDays\": 1}")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 201 || !token.find()) {
			throw new IllegalStateException("No token for " + email + ": " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	/** The embedded server's port is in the fourth line of its {@code postmaster.pid}. */
	private static Connection embeddedConnection(Path dir) throws IOException, SQLException {
		List<String> pid = Files.readAllLines(dir.resolve("data").resolve("postgres").resolve("postmaster.pid"));
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/supportdesk", "postgres", "");
	}

	private static void say(String format, Object... args) {
		System.out.println(String.format(format, args));
		System.out.flush();
	}
}
