package io.supportdesk.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM, started on first use and stopped when
 * the JVM exits, after the application contexts have closed. Its data stays in the directory across
 * restarts; a server left running by a killed application is stopped first ({@link LeftoverServer}).
 */
final class EmbeddedDatabase {

	static final String DATABASE = "supportdesk";

	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(12);

	private static final java.util.concurrent.atomic.AtomicBoolean STOP_LAST_REGISTERED = new java.util.concurrent.atomic.AtomicBoolean();

	private EmbeddedDatabase() {
	}

	/**
	 * The JDBC URL of the server for this data directory, starting it if needed. Its commits are
	 * durable ({@code synchronous_commit = on}; the embedded server's own default is off, which may lose
	 * the last moments of acknowledged work when the machine fails).
	 */
	static String jdbcUrl(Path dataDirectory) {
		return jdbcUrl(dataDirectory, null);
	}

	/** As {@link #jdbcUrl(Path)}; a database created now (a fresh data directory) is filled from {@code restore}. */
	static String jdbcUrl(Path dataDirectory, BackupRestore restore) {
		return jdbcUrl(dataDirectory, true, restore);
	}

	private static String jdbcUrl(Path dataDirectory, boolean durable, BackupRestore restore) {
		EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
				directory -> start(directory, durable, restore));
		return server.getJdbcUrl("postgres", DATABASE);
	}

	/**
	 * The JDBC URL of an empty server of this JVM's own, in {@code <parent>/postgres-<pid>}; leftovers
	 * of earlier runs (untouched for {@link #LEFTOVER_AGE}) are removed first. Age, not process ids,
	 * decides: another run's process may be invisible from here (another PID namespace). A throwaway
	 * database, so commits do not wait for the disk.
	 */
	static String freshJdbcUrl(Path parent) {
		long pid = ProcessHandle.current().pid();
		Path directory = parent.resolve("postgres-" + pid).toAbsolutePath().normalize();
		if (!SERVERS.containsKey(directory)) {
			removeLeftovers(parent, pid);
		}
		return jdbcUrl(directory, false, null);
	}

	private static void removeLeftovers(Path parent, long self) {
		if (!Files.isDirectory(parent)) {
			return;
		}
		try (var directories = Files.list(parent)) {
			directories.filter(d -> d.getFileName().toString().matches("postgres-\\d+")).forEach(d -> {
				long pid = Long.parseLong(d.getFileName().toString().substring("postgres-".length()));
				if (pid == self || isOlderThan(d, LEFTOVER_AGE)) {
					try {
						FileSystemUtils.deleteRecursively(d);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isOlderThan(Path directory, java.time.Duration age) {
		try {
			return Files.getLastModifiedTime(directory).toInstant()
				.isBefore(java.time.Instant.ofEpochMilli(System.currentTimeMillis()).minus(age));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The servers stop last: after Spring has closed every application context of this JVM (web server,
	 * schedulers, event registry, connection pool — in that order), as one of Spring Boot's shutdown
	 * handlers. Zonky's own hook would stop them concurrently with the contexts' shutdown, leaving the
	 * pool and the schedulers to wait for a database that is gone. A JVM hook of our own stops them
	 * anyway should Spring's handlers not have run within a minute.
	 */
	private static void stopLast() {
		CountDownLatch stopped = new CountDownLatch(1);
		SpringApplication.getShutdownHandlers().add(() -> {
			stopAll();
			stopped.countDown();
		});
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				stopped.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			stopAll();
		}, "embedded-postgres-stop"));
	}

	private static synchronized void stopAll() {
		SERVERS.values().forEach(server -> {
			try {
				server.close();
			}
			catch (IOException ex) {
				// stopping anyway: the next start recovers the data directory
			}
		});
		SERVERS.clear();
	}

	private static EmbeddedPostgres start(Path dataDirectory, boolean durable, BackupRestore restore) {
		if (SERVERS.isEmpty() && STOP_LAST_REGISTERED.compareAndSet(false, true)) {
			stopLast();
		}
		try {
			Files.createDirectories(dataDirectory);
			LeftoverServer.stopIfOrphaned(dataDirectory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.start();
			if (createDatabaseIfMissing(server) && restore != null) {
				restoreOrDrop(server, restore);
			}
			else if (restore != null) {
				// standard error: Spring Boot's logging takes messages only once the environment is prepared
				System.err.printf("Not restoring %s: the data directory %s already holds a database%n", restore.backup(),
						dataDirectory);
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** True if it was missing and is now created. */
	private static boolean createDatabaseIfMissing(EmbeddedPostgres server) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + DATABASE);
				return true;
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + DATABASE, ex);
		}
	}

	/** A restore that fails leaves no database behind: the next start tries again rather than starting empty. */
	private static void restoreOrDrop(EmbeddedPostgres server, BackupRestore restore) {
		try {
			restore.into(server.getPort(), DATABASE);
		}
		catch (RuntimeException failed) {
			try (Connection connection = server.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("drop database " + DATABASE);
			}
			catch (SQLException ex) {
				failed.addSuppressed(ex);
			}
			throw failed;
		}
	}
}
