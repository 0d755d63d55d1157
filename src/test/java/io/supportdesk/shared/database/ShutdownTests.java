package io.supportdesk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping Supportdesk as an operator does — SIGTERM, which is what Ctrl-C and {@code docker stop} send —
 * ends it within seconds and cleanly: the web server drains, then the schedulers and the event registry
 * stop, then the connection pool closes, and the embedded PostgreSQL stops last, so nothing waits for a
 * database that is gone. The application runs in a JVM of its own (the shutdown order is a JVM's), on a
 * fresh data directory, from the test classpath.
 */
class ShutdownTests {

	@TempDir
	Path data;

	@Test
	void sigtermEndsTheApplicationWithinSecondsWithNoErrorInItsLog() throws Exception {
		Path log = data.resolve("application.log");
		ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--server.port=0"))
			.directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SUPPORTDESK_DATA_DIR", data.resolve("data").toString());
		Process application = builder.start();
		try {
			awaitLine(application, log, "Started SupportdeskApplication", Duration.ofMinutes(3));

			long stopping = System.nanoTime();
			application.destroy(); // SIGTERM
			boolean ended = application.waitFor(20, TimeUnit.SECONDS);
			Duration took = Duration.ofNanos(System.nanoTime() - stopping);

			String text = Files.readString(log);
			assertThat(ended).as("ended within 20 s of SIGTERM; the log:%n%s", tail(text)).isTrue();
			assertThat(took).as("a clean stop takes seconds, not the 30 s of a pool waiting for its database")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(text.substring(text.indexOf("Started SupportdeskApplication")).lines()
				.filter(line -> line.contains(" ERROR ") || line.contains("Exception") || line.contains("Interrupted")))
				.as("nothing went wrong while stopping").isEmpty();
			assertThat(text).contains("Commencing graceful shutdown").contains("HikariPool-1 - Shutdown completed");
		}
		finally {
			application.destroyForcibly();
		}
	}

	private static void awaitLine(Process application, Path log, String line, Duration within)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log).contains(line)) {
				return;
			}
			assertThat(application.isAlive()).as("the application is running; its log:%n%s", tail(Files.readString(log)))
				.isTrue();
			Thread.sleep(250);
		}
		throw new AssertionError("not started within " + within + ":\n" + tail(Files.readString(log)));
	}

	private static String tail(String text) {
		return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
	}
}
