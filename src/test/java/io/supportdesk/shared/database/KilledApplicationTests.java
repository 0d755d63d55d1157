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
 * An application killed outright ({@code kill -9}, the out-of-memory killer) leaves its embedded
 * PostgreSQL running on the data directory; the next start stops that server and starts again on the
 * same data, instead of failing to start (as it did before: the crash test of docs/reliability.md
 * found it). The application runs in JVMs of its own, on a fresh data directory.
 */
class KilledApplicationTests {

	@TempDir
	Path data;

	@Test
	void anApplicationKilledWithSigkillStartsAgainOnItsDataDirectory() throws Exception {
		Path firstLog = data.resolve("first.log");
		Process first = start(firstLog);
		Process second = null;
		try {
			awaitLine(first, firstLog, "Started SupportdeskApplication", Duration.ofMinutes(3));
			first.destroyForcibly(); // SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running
			first.waitFor();

			Path secondLog = data.resolve("second.log");
			second = start(secondLog);
			awaitLine(second, secondLog, "Started SupportdeskApplication", Duration.ofMinutes(3));

			assertThat(Files.readString(secondLog)).contains("Stopping the embedded PostgreSQL")
				.contains("left running in " + data.resolve("data").resolve("postgres").toAbsolutePath().normalize());
		}
		finally {
			first.destroyForcibly();
			if (second != null) {
				second.destroy();
				second.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private Process start(Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.supportdesk.SupportdeskApplication",
				"--server.port=0"))
			.directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SUPPORTDESK_DATA_DIR", data.resolve("data").toString());
		return builder.start();
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
