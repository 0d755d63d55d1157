package io.supportdesk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Supportdesk as a process of its own for a benchmark: {@code java -Xmx1g} from this classpath, the
 * {@code demo} profile on a free port, the benchmark's PostgreSQL, its log in {@code <root>/application.log},
 * the demo's mail server and webhook receiver on free ports, and the API rate limits lifted — a benchmark
 * loads the service from one address with one token, and measures the service, not the limiter. Its
 * first-run administrator has {@link #ADMIN_PASSWORD}, with which the benchmark reads
 * {@code /actuator/prometheus} ({@link #adminAuthorization()}). It is started when
 * {@code /actuator/health} answers 200 (at most 240 s). Without a JDBC URL it runs on its embedded
 * PostgreSQL in {@code <root>/data/postgres}, as a user's installation does; the log is appended to, so
 * that the log of a restarted application keeps its earlier runs.
 */
record LoadApplication(Process process, int port, Path log) implements AutoCloseable {

	static final String ADMIN_PASSWORD = "load-admin-password";

	/** The {@code Authorization} header of the first-run administrator, {@code admin@supportdesk.local}. */
	static String adminAuthorization() {
		return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin@supportdesk.local:" + ADMIN_PASSWORD)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Starts it with {@code settings} ({@code --name=value}) besides these; {@code jdbcUrl} null: embedded. */
	static LoadApplication start(Path root, String jdbcUrl, String... settings) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--spring.profiles.active=demo", "--server.port=" + port, "--supportdesk.mail.demo-smtp-port=0",
				"--supportdesk.mail.demo-imap-port=0", "--supportdesk.webhooks.demo-receiver-port=0",
				"--supportdesk.api.rate-limit.per-credential=1000000000", "--supportdesk.api.rate-limit.per-address=1000000000",
				"--management.endpoints.web.exposure.include=health,prometheus"));
		command.addAll(List.of(settings));
		Path log = root.resolve("application.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		if (jdbcUrl != null) {
			builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
			builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
			builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
		}
		builder.environment().put("SUPPORTDESK_DATA_DIR", root.resolve("data").toString());
		builder.environment().put("SUPPORTDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
		LoadApplication application = new LoadApplication(builder.start(), port, log);
		application.awaitHealthy();
		return application;
	}

	private void awaitHealthy() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plusSeconds(240);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application stopped; see " + log);
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					System.out.printf("Application up on port %d (log: %s)%n", port, log);
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

	/** {@code kill -9}: ends it at once, without any of its shutdown steps. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** Stops it (SIGTERM) and waits for it to end. */
	@Override
	public void close() {
		process.destroy();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
