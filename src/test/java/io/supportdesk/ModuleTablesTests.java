package io.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module boundaries that Spring Modulith cannot see: SQL. A module's code names only its own tables
 * (prefixed by the module's name); another module's data is read through that module's API. The
 * schedulers' and the event registry's tables ({@code scheduled_tasks}, {@code event_publication})
 * belong to no module. Flyway migrations are data moves, not runtime reads, and are not checked.
 */
class ModuleTablesTests {

	private static final Path MAIN = Path.of("src/main/java/io/supportdesk");

	private static final Set<String> MODULES = Set.of("accounts", "calendars", "cases", "plans", "sla", "queue", "exams",
			"notifications", "mail", "webhooks", "oncall", "knowledge", "reporting", "downloads", "suggestions", "chat", "web", "shared");

	/** The modules that own tables (the shared module owns none; the web shell only its API rate limits). */
	private static final Set<String> OWNERS = Set.of("accounts", "calendars", "cases", "plans", "sla", "queue", "exams",
			"notifications", "mail", "webhooks", "oncall", "knowledge", "reporting", "downloads", "suggestions", "chat", "web");

	private static final Pattern TABLE = Pattern.compile("\\b(" + String.join("|", OWNERS) + ")_[a-z_]+\\b");

	@Test
	void everyModuleNamesOnlyItsOwnTables() throws IOException {
		Set<String> foreign = new TreeSet<>();
		for (String module : MODULES) {
			Path dir = MAIN.resolve(module);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					Matcher table = TABLE.matcher(Files.readString(file));
					while (table.find()) {
						if (!table.group(1).equals(module)) {
							foreign.add(MAIN.relativize(file) + " names " + table.group());
						}
					}
				}
			}
		}
		assertThat(foreign).as("tables of other modules named in SQL").isEmpty();
	}
}
