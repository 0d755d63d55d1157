package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible string is a message key, present in all four languages. */
class MessageBundlesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@ParameterizedTest(name = "messages_{0} has exactly the English keys")
	@ValueSource(strings = { "de", "fr", "es" })
	void everyLanguageHasTheSameKeysAsEnglish(String language) throws IOException {
		Set<String> english = keys("messages.properties");
		Set<String> translated = keys("messages_" + language + ".properties");
		assertThat(translated).as("keys missing or extra in messages_%s", language).isEqualTo(english);
	}

	@ParameterizedTest(name = "messages_{0} has no empty values")
	@ValueSource(strings = { "", "_de", "_fr", "_es" })
	void noMessageIsEmpty(String suffix) throws IOException {
		Properties bundle = load("messages" + suffix + ".properties");
		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest(name = "messages_{0}: apostrophes in messages with arguments are doubled")
	@ValueSource(strings = { "", "_de", "_fr", "_es" })
	void apostrophesSurviveMessageFormat(String suffix) throws IOException {
		Properties bundle = load("messages" + suffix + ".properties");
		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
			String message = bundle.getProperty(key);
			if (message.matches("(?s).*\\{\\d}.*")) {
				assertThat(message.replace("''", "")).as(key).doesNotContain("'");
			}
		});
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> english = keys("messages.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(english).containsAll(used);
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}
}
