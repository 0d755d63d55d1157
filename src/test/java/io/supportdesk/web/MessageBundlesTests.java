package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every visible string is a message key, present in all four languages. */
class MessageBundlesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	/** The bundles of spring.messages.basename: the shell's and one per module that has pages. */
	static final List<String> BUNDLES = List.of("messages", "messages-plans", "messages-cases", "messages-notifications",
			"messages-sla", "messages-mail", "messages-webhooks", "messages-oncall", "messages-knowledge", "messages-exams",
			"messages-reporting", "messages-downloads", "messages-suggestions", "messages-chat", "messages-refusals");

	/** A refusal's key as the code names it: a whole key, or a prefix ending in a dot ({@code "refusal.term.caseStatus." + status}). */
	private static final Pattern REFUSAL_KEY = Pattern.compile("\"(refusal\\.[\\w.]*)\"");

	static Stream<Arguments> translations() {
		return BUNDLES.stream().flatMap(bundle -> Stream.of("de", "fr", "es").map(l -> Arguments.of(bundle, l)));
	}

	static Stream<Arguments> allFiles() {
		return BUNDLES.stream().flatMap(bundle -> Stream.of("", "_de", "_fr", "_es").map(s -> Arguments.of(bundle, s)));
	}

	@ParameterizedTest(name = "{0}_{1} has exactly the English keys")
	@MethodSource("translations")
	void everyLanguageHasTheSameKeysAsEnglish(String bundle, String language) throws IOException {
		Set<String> english = keys(bundle + ".properties");
		Set<String> translated = keys(bundle + "_" + language + ".properties");
		assertThat(translated).as("keys missing or extra in %s_%s", bundle, language).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0}{1} has no empty values")
	@MethodSource("allFiles")
	void noMessageIsEmpty(String name, String suffix) throws IOException {
		Properties bundle = load(name + suffix + ".properties");
		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void noKeyIsInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : keys(bundle + ".properties")) {
				assertThat(seen.add(key)).as("%s is defined twice", key).isTrue();
			}
		}
	}

	@ParameterizedTest(name = "{0}{1}: apostrophes in messages with arguments are doubled")
	@MethodSource("allFiles")
	void apostrophesSurviveMessageFormat(String name, String suffix) throws IOException {
		Properties bundle = load(name + suffix + ".properties");
		assertThat(bundle.stringPropertyNames()).allSatisfy(key -> {
			String message = bundle.getProperty(key);
			if (message.matches("(?s).*\\{\\d}.*")) {
				assertThat(message.replace("''", "")).as(key).doesNotContain("'");
			}
		});
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> english = new TreeSet<>();
		for (String bundle : BUNDLES) {
			english.addAll(keys(bundle + ".properties"));
		}
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

	@Test
	void everyRefusalTheCodeThrowsHasATextAndEveryTextIsThrown() throws IOException {
		Set<String> bundle = keys("messages-refusals.properties");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = REFUSAL_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		named.remove("refusal.");
		Set<String> prefixes = new TreeSet<>(named.stream().filter(key -> key.endsWith(".")).toList());
		Set<String> keys = new TreeSet<>(named);
		keys.removeAll(prefixes);
		assertThat(keys).hasSizeGreaterThan(100);
		assertThat(bundle).as("refusal keys the code names but messages-refusals lacks").containsAll(keys);
		assertThat(prefixes).allSatisfy(prefix -> assertThat(bundle).as("keys under %s", prefix)
			.anyMatch(key -> key.startsWith(prefix)));
		assertThat(bundle).as("refusal texts no code names (dead keys)")
			.allMatch(key -> keys.contains(key) || prefixes.stream().anyMatch(key::startsWith));
	}

	@Test
	void everyRefusalIsThrownWithAKeyNotAnEnglishText() throws IOException {
		Pattern thrown = Pattern.compile("new (InvalidInput|Conflict|NotFound|NotEntitled|TooLarge|InvalidCalendarException"
				+ "|CaseRuleViolation|PasswordRefused)\\(");
		Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
		List<String> english = new java.util.ArrayList<>();
		int sites = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				Matcher matcher = thrown.matcher(code);
				while (matcher.find()) {
					sites++;
					Matcher texts = literal.matcher(arguments(code, matcher.end()));
					while (texts.find()) {
						// a key has no spaces; a text that has some is English written at the throw site
						if (texts.group(1).contains(" ")) {
							english.add(source.getFileName() + ": " + texts.group());
						}
					}
				}
			}
		}
		assertThat(sites).isGreaterThan(100);
		assertThat(english).as("refusals thrown with an English text instead of a refusal key").isEmpty();
	}

	/** The arguments of the call whose parenthesis opens just before {@code from}. */
	private static String arguments(String code, int from) {
		int depth = 1;
		boolean inString = false;
		for (int i = from; i < code.length(); i++) {
			char c = code.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return code.substring(from, i);
			}
		}
		return code.substring(from);
	}

	@ParameterizedTest(name = "{0}: every refusal is translated, not copied from English")
	@MethodSource("refusalTranslations")
	void everyRefusalIsTranslated(String language) throws IOException {
		Properties english = load("messages-refusals.properties");
		Properties translated = load("messages-refusals_" + language + ".properties");
		Set<String> copied = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String text = english.getProperty(key);
			// texts that are only arguments and punctuation read the same in every language
			if (text.equals(translated.getProperty(key)) && text.matches(".*[a-z]{3,}.*")) {
				copied.add(key);
			}
		}
		assertThat(copied).as("refusals copied from English into %s", language).isEmpty();
	}

	static Stream<String> refusalTranslations() {
		return Stream.of("de", "fr", "es");
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
