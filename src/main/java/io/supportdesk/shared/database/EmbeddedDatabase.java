package io.supportdesk.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM, started on first use and stopped when
 * the JVM exits. Its data stays in the directory across restarts.
 */
final class EmbeddedDatabase {

	static final String DATABASE = "supportdesk";

	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private EmbeddedDatabase() {
	}

	/**
	 * The JDBC URL of the server for this data directory, starting it if needed; {@code fresh} wipes
	 * the directory before the first start in this JVM (for test runs).
	 */
	static String jdbcUrl(Path dataDirectory, boolean fresh) {
		EmbeddedPostgres server = SERVERS.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
				directory -> start(directory, fresh));
		return server.getJdbcUrl("postgres", DATABASE);
	}

	private static EmbeddedPostgres start(Path dataDirectory, boolean fresh) {
		try {
			if (fresh) {
				FileSystemUtils.deleteRecursively(dataDirectory);
			}
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "200")
				.start();
			createDatabaseIfMissing(server);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + DATABASE, ex);
		}
	}
}
