package io.supportdesk.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Product downloads under load: Supportdesk (demo profile, {@code java -Xmx1g}, its own embedded
 * PostgreSQL) gets a {@code load.megabytes} (100 MB) file uploaded as a raw body by a manager, then
 * {@code load.clients} (50) clients download it at once as Acme's customer user (Premier, subscribed to
 * the product), each reading the whole stream. Prints the total throughput, the slowest client, and the
 * application's memory while it serves: the heap in use (Micrometer's {@code jvm_memory_used_bytes},
 * sampled every 200 ms) and the process's resident set ({@code VmRSS}).
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmarks -DskipTests compile exec:exec@downloads-load}; settings in
 * {@code load.args}, e.g. {@code -Dload.args="-Dload.clients=20 -Dload.megabytes=50"}.
 */
public final class DownloadBenchmark {

	private static final String PASSWORD = "supportdesk-demo";

	private final int clients = Integer.getInteger("load.clients", 50);

	private final long size = Long.getLong("load.megabytes", 100) * 1024 * 1024;

	private final Path root = Path.of("target", "load-downloads");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private EmbeddedPostgres database;

	private LoadApplication application;

	private int port;

	public static void main(String[] args) throws Exception {
		DownloadBenchmark benchmark = new DownloadBenchmark();
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
		// the clients' threads would keep the JVM (and the Maven build waiting for it) alive
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
		startApplication();
		String products = send("maria.schmidt@supportdesk.local", "/api/products", HttpRequest.BodyPublishers.noBody(), "GET");
		Matcher version = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"productId\":\"([0-9a-f-]{36})\",\"version\":\"5.3\"")
			.matcher(products);
		if (!version.find()) {
			throw new IllegalStateException("No demo version 5.3 in " + products);
		}
		long heapBefore = heap();
		Instant upload = Instant.now();
		String file = send("maria.schmidt@supportdesk.local", "/api/products/" + version.group(2) + "/versions/"
				+ version.group(1) + "/files?name=load.bin&platform=any",
				HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size)), "POST");
		Duration uploaded = Duration.between(upload, Instant.now());
		String fileId = file.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		say("Uploaded %d MB in %.1f s (%.0f MB/s), heap in use before %d MB", size >> 20, uploaded.toMillis() / 1000.0,
				(size >> 20) / (uploaded.toMillis() / 1000.0), heapBefore >> 20);

		AtomicLong peakHeap = new AtomicLong();
		AtomicLong peakRss = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				try {
					peakHeap.accumulateAndGet(heap(), Math::max);
					peakRss.accumulateAndGet(rss(), Math::max);
					Thread.sleep(200);
				}
				catch (Exception stop) {
					return;
				}
			}
		});
		sampler.start();
		// one personal API token for every client: 50 HTTP Basic sign-ins of one user at once would queue on its
		// sign-in throttle (password hashing and its row), which is not what this measures
		String token = token();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<Long>> downloads = new ArrayList<>();
		Instant start = Instant.now();
		for (int i = 0; i < clients; i++) {
			downloads.add(pool.submit(() -> download(fileId, token)));
		}
		long bytes = 0;
		long slowest = 0;
		for (Future<Long> download : downloads) {
			long millis = download.get();
			slowest = Math.max(slowest, millis);
			bytes += size;
		}
		Duration took = Duration.between(start, Instant.now());
		running.set(false);
		sampler.join();
		pool.shutdown();
		double seconds = took.toMillis() / 1000.0;
		say("%d concurrent downloads of %d MB: %d MB in %.1f s = %.0f MB/s (%.2f Gbit/s); slowest client %.1f s", clients,
				size >> 20, bytes >> 20, seconds, (bytes >> 20) / seconds, bytes * 8 / seconds / 1e9, slowest / 1000.0);
		say("Application memory while serving: heap in use at most %d MB (of 1024), resident set at most %d MB",
				peakHeap.get() >> 20, peakRss.get() >> 20);
	}

	private long download(String fileId, String token) throws Exception {
		Instant start = Instant.now();
		HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/downloads/" + fileId)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Download answered " + response.statusCode());
		}
		long read = 0;
		byte[] buffer = new byte[256 * 1024];
		try (InputStream in = response.body()) {
			for (int n; (n = in.read(buffer)) > 0;) {
				read += n;
			}
		}
		if (read != size) {
			throw new IllegalStateException("Read " + read + " of " + size + " bytes");
		}
		return Duration.between(start, Instant.now()).toMillis();
	}

	/** A personal API token of Acme's customer user (Premier, subscribed to the product). */
	private String token() throws Exception {
		String issued = send("user@acme.example", "/api/me/tokens",
				HttpRequest.BodyPublishers.ofString("{\"name\":\"downloads-load\",\"expiresInDays\":1}"), "POST", "application/json");
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued);
		if (!token.find()) {
			throw new IllegalStateException("No token: " + issued);
		}
		return token.group(1);
	}

	private long heap() throws Exception {
		String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
			.header("Authorization", LoadApplication.adminAuthorization()).build(), HttpResponse.BodyHandlers.ofString()).body();
		long used = 0;
		Matcher line = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.Ee+]+)").matcher(metrics);
		while (line.find()) {
			used += (long) Double.parseDouble(line.group(1));
		}
		return used;
	}

	private long rss() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(application.process().pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		return 0;
	}

	private String send(String email, String path, HttpRequest.BodyPublisher body, String method) throws Exception {
		return send(email, path, body, method, "application/octet-stream");
	}

	private String send(String email, String path, HttpRequest.BodyPublisher body, String method, String type)
			throws Exception {
		HttpResponse<String> response = http.send(request(email, path).header("Content-Type", type)
			.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private HttpRequest.Builder request(String email, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private void startApplication() throws Exception {
		LoadApplication started = LoadApplication.start(root, database.getJdbcUrl("postgres", "supportdesk"),
				"--server.tomcat.threads.max=200");
		application = started;
		port = started.port();
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

	/** {@code size} pseudo-random bytes made as they are read. */
	private static final class Generated extends InputStream {

		private long left;

		private long state = 0x9E3779B97F4A7C15L;

		Generated(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			for (int i = 0; i < n; i++) {
				state ^= state << 13;
				state ^= state >>> 7;
				state ^= state << 17;
				buffer[offset + i] = (byte) state;
			}
			left -= n;
			return n;
		}
	}
}
