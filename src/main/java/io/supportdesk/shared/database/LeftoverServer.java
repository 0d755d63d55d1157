package io.supportdesk.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL left running by an application that was killed ({@code kill -9}, the
 * out-of-memory killer, a crashed JVM): its postmaster outlives the JVM and keeps the data directory,
 * so the next start could not start a server there. Such a server is stopped before the next start —
 * only when no live JVM holds the data directory's {@code epg-lock} (the lock the embedded server's
 * owner keeps while it runs), so a second application started on a directory in use leaves it alone.
 * Stopped as PostgreSQL's "fast" shutdown (SIGINT: its sessions, of a dead JVM, end; a checkpoint is
 * written), forcibly after a minute.
 */
final class LeftoverServer {

	private LeftoverServer() {
	}

	static void stopIfOrphaned(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			postmaster(pidFile).ifPresent(postmaster -> stop(postmaster, dataDirectory));
		}
		catch (IOException | java.nio.channels.OverlappingFileLockException ex) {
			// in use by this JVM or unreadable: leave it to the embedded server's own start
		}
	}

	private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
	}

	private static void stop(ProcessHandle postmaster, Path dataDirectory) {
		// standard error: this runs while the environment is prepared, before Spring Boot's logging takes messages
		System.err.printf("Stopping the embedded PostgreSQL (pid %d) left running in %s by an application that ended"
				+ " without stopping it%n", postmaster.pid(), dataDirectory);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor(10, TimeUnit.SECONDS);
			postmaster.onExit().get(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
	}
}
