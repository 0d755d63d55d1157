package io.supportdesk.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the fault test's own — an external database to the application, which the
 * test may {@code kill -9} — made with the machine's PostgreSQL binaries ({@code initdb}, {@code pg_ctl};
 * the directory {@code pg_config --bindir} names, or the system property {@code fault.pg-bin}) in a
 * directory of its own, listening on 127.0.0.1 on a free port with trust authentication for
 * {@code postgres}. Durable like a production server: {@code fsync} and {@code synchronous_commit} on.
 * PostgreSQL refuses to run as root: as root, its programs run as the {@code postgres} user.
 */
final class OwnPostgres {

	private final Path directory;

	private final Path bin;

	private final int port;

	private OwnPostgres(Path directory, Path bin, int port) {
		this.directory = directory;
		this.bin = bin;
		this.port = port;
	}

	/** A new cluster in {@code directory} (which must not exist) with a database {@code supportdesk}. */
	static OwnPostgres create(Path directory) throws Exception {
		Path bin = binaries();
		Files.createDirectories(directory);
		if (isRoot()) {
			run(List.of("chown", "postgres:", directory.toString()));
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		OwnPostgres server = new OwnPostgres(directory, bin, port);
		run(server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", "postgres",
				"-A", "trust", "-E", "UTF8", "--no-locale")));
		server.start();
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute("create database supportdesk");
		}
		return server;
	}

	String jdbcUrl() {
		return jdbcUrl("supportdesk");
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	/**
	 * Starts the server and waits until it accepts connections (after a crash: once its recovery from
	 * the write-ahead log is done). Retried while the backends of a killed postmaster still hold its
	 * shared memory.
	 */
	void start() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (true) {
			List<String> command = asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
					directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
							+ " -c max_connections=200 -c fsync=on -c synchronous_commit=on -c full_page_writes=on",
					"start"));
			if (exitCode(command) == 0) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("PostgreSQL did not start; see " + directory.resolve("server.log"));
			}
			Thread.sleep(200);
		}
	}

	/** {@code kill -9} of the postmaster; its backends end on their own when they notice. */
	void kill() throws IOException {
		long pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).strip());
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
	}

	void stop() {
		try {
			exitCode(asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop")));
		}
		catch (Exception ex) {
			System.out.println("Could not stop PostgreSQL: " + ex);
		}
	}

	private Path data() {
		return directory.resolve("data");
	}

	private List<String> asServerUser(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		asPostgres.addAll(command);
		return asPostgres;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static Path binaries() throws Exception {
		String configured = System.getProperty("fault.pg-bin");
		if (configured != null) {
			return Path.of(configured);
		}
		Process pgConfig = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
		String dir = new String(pgConfig.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (pgConfig.waitFor() != 0 || !Files.isExecutable(Path.of(dir, "pg_ctl"))) {
			throw new IllegalStateException("No PostgreSQL server binaries found (pg_config --bindir: " + dir
					+ "); install postgresql or set -Dfault.pg-bin=<dir with initdb and pg_ctl>");
		}
		return Path.of(dir);
	}

	private static void run(List<String> command) throws Exception {
		if (exitCode(command) != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", command));
		}
	}

	private static int exitCode(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}
}
