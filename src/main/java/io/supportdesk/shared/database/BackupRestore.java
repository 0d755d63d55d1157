package io.supportdesk.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A backup made by {@code scripts/backup.sh} (a {@code pg_dump} in custom format,
 * {@code supportdesk.dump}, and the directories {@code attachments} and {@code downloads}) restored
 * into a fresh data directory: on the first start with {@code SUPPORTDESK_RESTORE_FROM}, when the
 * embedded server has just created its database. The files are copied first, then
 * {@code pg_restore} fills the database in one transaction; should it fail, the database is dropped
 * again, so the next start tries the restore again instead of starting empty. Needs {@code pg_restore}
 * of PostgreSQL 15 or newer on the {@code PATH}.
 *
 * @param backup the backup directory
 * @param attachments where attachment files go ({@code supportdesk.cases.attachment-directory})
 * @param downloads where product files go ({@code supportdesk.downloads.directory})
 */
record BackupRestore(Path backup, Path attachments, Path downloads) {

	static final String DUMP = "supportdesk.dump";

	BackupRestore {
		if (!Files.isRegularFile(backup.resolve(DUMP))) {
			throw new IllegalStateException("Not a Supportdesk backup (no " + DUMP + "): " + backup.toAbsolutePath());
		}
	}

	/** Restores into {@code database} of the server on {@code port} of this machine, which was just created empty. */
	void into(int port, String database) {
		// standard error: this runs while the environment is prepared, before Spring Boot's logging takes messages
		System.err.printf("Restoring the backup %s into a fresh database%n", backup.toAbsolutePath());
		copy(backup.resolve("attachments"), attachments);
		copy(backup.resolve("downloads"), downloads);
		List<String> command = List.of("pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", "-h",
				"localhost", "-p", Integer.toString(port), "-U", "postgres", "-d", database,
				backup.resolve(DUMP).toAbsolutePath().toString());
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
				throw new IllegalStateException("pg_restore failed: " + output.strip());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("pg_restore (PostgreSQL 15 or newer) is needed on the PATH to restore a backup",
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while restoring " + backup, ex);
		}
		System.err.printf("Restored the backup %s%n", backup.toAbsolutePath());
	}

	private static void copy(Path from, Path to) {
		if (!Files.isDirectory(from)) {
			return;
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy the backup's files from " + from + " to " + to, ex);
		}
	}
}
