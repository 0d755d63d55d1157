package io.supportdesk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * The documented backup and restore (docs/reliability.md): {@code scripts/backup.sh} dumps the
 * running application's database and copies its attachment files; a fresh data directory started
 * with that backup ({@code SUPPORTDESK_RESTORE_FROM}) holds every case with its history, every
 * attachment with the same bytes, and every timer. Needs {@code pg_dump} and {@code pg_restore} (Debian:
 * postgresql-client, which {@code .ci/run} installs); with {@code CI=true} their absence fails the test.
 */
@SupportdeskTest
class BackupRestoreTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password:}")
	String password;

	@Value("${supportdesk.cases.attachment-directory}")
	Path attachments;

	@Value("${supportdesk.downloads.directory}")
	Path downloads;

	@Test
	void aRestoredBackupHoldsEveryCaseAttachmentAndTimer() throws Exception {
		Assumptions.assumeTrue(installed("pg_dump") || "true".equals(System.getenv("CI")),
				"pg_dump is not installed (Debian: apt-get install postgresql-client); with CI=true this test fails instead");
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		List<String> cases = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String id = customer.post("/api/cases", Map.of("subject", "Backed up " + i, "description", "See attached",
					"severity", 2 + i)).json().get("id").asString();
			byte[] content = ("log file " + i + " " + UUID.randomUUID()).repeat(100 * (i + 1)).getBytes();
			String attachment = customer.upload("/api/cases/" + id + "/attachments", "log-" + i + ".txt", content).json()
				.get("id").asString();
			files.put(attachment, content);
			cases.add(id);
		}
		Snapshot before = snapshot(jdbc, cases);
		assertThat(before.timers()).as("the cases' SLA timers").isNotEmpty();
		Path root = Path.of("target", "test-data", "backup-" + ProcessHandle.current().pid()).toAbsolutePath();
		FileSystemUtils.deleteRecursively(root);

		backup(root.resolve("backup"));
		// the restored database is a server of this JVM's own, stopped with the others when the JVM exits
		String restored = EmbeddedDatabase.jdbcUrl(root.resolve("restored").resolve("postgres"),
				new BackupRestore(root.resolve("backup"), root.resolve("restored").resolve("attachments"),
						root.resolve("restored").resolve("downloads")));

		try (Connection connection = DriverManager.getConnection(restored, "postgres", "")) {
			JdbcClient restoredJdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
					connection, true));
			assertThat(snapshot(restoredJdbc, cases)).isEqualTo(before);
			for (var file : files.entrySet()) {
				String key = restoredJdbc.sql("select storage_key from cases_attachment where id = ?::uuid")
					.param(file.getKey()).query(String.class).single();
				assertThat(root.resolve("restored").resolve("attachments").resolve(key.substring(0, 2)).resolve(key))
					.as("attachment %s", file.getKey()).hasBinaryContent(file.getValue());
			}
		}
	}

	/** Each case with its history, attachments (with checksums) and SLA timers, as rows. */
	record Snapshot(List<String> cases, List<String> history, List<String> attachments, List<String> timers) {
	}

	private static Snapshot snapshot(JdbcClient jdbc, List<String> ids) {
		String in = "(" + String.join(",", ids.stream().map(id -> "'" + id + "'::uuid").toList()) + ")";
		return new Snapshot(
				jdbc.sql("select id || ' ' || reference || ' ' || subject || ' ' || status from cases_case where id in " + in
						+ " order by id").query(String.class).list(),
				jdbc.sql("select case_id || ' ' || seq || ' ' || type from cases_history where case_id in " + in
						+ " order by case_id, seq").query(String.class).list(),
				jdbc.sql("select id || ' ' || filename || ' ' || size_bytes || ' ' || sha256 from cases_attachment"
						+ " where case_id in " + in + " order by id").query(String.class).list(),
				jdbc.sql("select task_instance || ' ' || execution_time from scheduled_tasks where task_name = 'sla-timer'"
						+ " and split_part(task_instance, '|', 1)::uuid in " + in + " order by task_instance")
					.query(String.class).list());
	}

	/** {@code scripts/backup.sh} against the test's database and directories. */
	private void backup(Path target) throws Exception {
		Matcher server = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(url);
		assertThat(server.find()).as(url).isTrue();
		ProcessBuilder builder = new ProcessBuilder("bash", "scripts/backup.sh", target.toString()).redirectErrorStream(true);
		builder.environment().putAll(Map.of("PGHOST", server.group(1), "PGPORT", server.group(2), "PGDATABASE",
				server.group(3), "PGUSER", user, "SUPPORTDESK_CASES_ATTACHMENT_DIRECTORY", attachments.toString(),
				"SUPPORTDESK_DOWNLOADS_DIRECTORY", downloads.toString()));
		builder.environment().put("PGPASSWORD", password);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(target.resolve(BackupRestore.DUMP)).isNotEmptyFile();
	}

	private static boolean installed(String program) throws Exception {
		try {
			return new ProcessBuilder(program, "--version").start().waitFor() == 0;
		}
		catch (java.io.IOException missing) {
			return false;
		}
	}
}
