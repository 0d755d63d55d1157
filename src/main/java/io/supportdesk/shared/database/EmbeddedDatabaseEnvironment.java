package io.supportdesk.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at an embedded PostgreSQL when no {@code spring.datasource.url} is
 * configured. The server keeps its data in {@code <supportdesk.data-dir>/postgres}; setting
 * {@code SPRING_DATASOURCE_URL} (with user and password) uses an external server instead, with
 * nothing else changed. With {@value #RESTORE_FROM} naming a backup of {@code scripts/backup.sh}, a fresh
 * data directory starts from that backup ({@link BackupRestore}); a data directory that already holds a
 * database ignores it.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "supportdesk.embedded-database.enabled";

	/**
	 * Start from an empty database of this JVM's own (the test suite sets it), so that two test runs
	 * on one machine never share or wipe each other's database.
	 */
	static final String FRESH = "supportdesk.embedded-database.fresh";

	/** A backup directory to restore into a fresh data directory ({@code SUPPORTDESK_RESTORE_FROM}). */
	static final String RESTORE_FROM = "supportdesk.restore-from";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty(ENABLED, Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("supportdesk.data-dir", "./data"));
		boolean fresh = environment.getProperty(FRESH, Boolean.class, false);
		String url = fresh ? EmbeddedDatabase.freshJdbcUrl(dataDir)
				: EmbeddedDatabase.jdbcUrl(dataDir.resolve("postgres"), restore(environment, dataDir));
		environment.getPropertySources()
			.addLast(new MapPropertySource("supportdesk-embedded-database", Map.of(
					"spring.datasource.url", url,
					"spring.datasource.username", "postgres",
					"spring.datasource.password", "")));
	}

	private static BackupRestore restore(ConfigurableEnvironment environment, Path dataDir) {
		String backup = environment.getProperty(RESTORE_FROM, "");
		if (backup.isBlank()) {
			return null;
		}
		return new BackupRestore(Path.of(backup),
				Path.of(environment.getProperty("supportdesk.cases.attachment-directory", dataDir.resolve("attachments").toString())),
				Path.of(environment.getProperty("supportdesk.downloads.directory", dataDir.resolve("downloads").toString())));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
