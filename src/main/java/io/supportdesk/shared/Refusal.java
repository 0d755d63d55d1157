package io.supportdesk.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Why a request was refused, in every language: a message key of {@code messages-refusals} (such as
 * {@code refusal.cases.status.resolve}) and the arguments its text names. The refusing exceptions
 * ({@link InvalidInput}, {@link Conflict}, {@link NotFound}, {@link NotEntitled}, {@link TooLarge} and
 * their kin) carry one; the web layer renders it in the reader's locale with Spring's
 * {@code MessageSource} (a {@code Refusal} is a {@link MessageSourceResolvable}), and the English text
 * of the bundle is the exception's message for logs and the fallback for a missing translation.
 * An argument that is itself a word to translate (a status, a day) is a {@link #term(String)}.
 */
public final class Refusal implements MessageSourceResolvable, Serializable {

	private static final long serialVersionUID = 1L;

	/** Every refusal's key starts with this. */
	public static final String PREFIX = "refusal.";

	private final String key;

	private final Object[] arguments;

	private Refusal(String key, Object[] arguments) {
		if (key == null || !key.startsWith(PREFIX)) {
			throw new IllegalArgumentException("A refusal's key starts with " + PREFIX + ": " + key);
		}
		this.key = key;
		this.arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** The refusal {@code key} of {@code messages-refusals}, with the arguments its text names. */
	public static Refusal of(String key, Object... arguments) {
		return new Refusal(key, arguments);
	}

	/**
	 * A word or phrase of {@code messages-refusals} (a status, a day, "{0} and {1}") as an argument,
	 * read in the reader's language.
	 */
	public static MessageSourceResolvable term(String key, Object... arguments) {
		Object[] values = arguments == null ? new Object[0] : arguments.clone();
		return new DefaultMessageSourceResolvable(new String[] { key }, values, English.text(key, values));
	}

	/** The message key, e.g. {@code refusal.cases.status.resolve}; stable, so API clients may match on it. */
	public String key() {
		return key;
	}

	/** The arguments of the text (numbers, names, {@link #term terms}). */
	public Object[] arguments() {
		return arguments.clone();
	}

	/** The English text: the exception's message, for logs and where no translation is found. */
	public String english() {
		return English.text(key, arguments);
	}

	/**
	 * Records this refusal on a form's {@code field}, so that the page shows it next to the field in the
	 * reader's language.
	 */
	public void rejectValue(Errors errors, String field) {
		errors.rejectValue(field, key, arguments(), english());
	}

	/** Records this refusal on the form as a whole. */
	public void reject(Errors errors) {
		errors.reject(key, arguments(), english());
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

	@Override
	public String getDefaultMessage() {
		return english();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Refusal refusal && key.equals(refusal.key) && Arrays.equals(arguments, refusal.arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, Arrays.hashCode(arguments));
	}

	@Override
	public String toString() {
		return key + Arrays.toString(arguments);
	}

	/**
	 * The English bundle, read once, formatted the way Spring's {@code MessageSource} formats it (a text
	 * without arguments as it stands, one with arguments by {@link MessageFormat}); a missing key reads as
	 * the key itself.
	 */
	private static final class English {

		private static final String BUNDLE = "/messages-refusals.properties";

		private static final Properties TEXTS = load();

		static String text(String key, Object[] arguments) {
			String pattern = TEXTS.getProperty(key);
			if (pattern == null) {
				return arguments.length == 0 ? key : key + " " + Arrays.toString(arguments);
			}
			if (arguments.length == 0) {
				return pattern;
			}
			Object[] resolved = Arrays.stream(arguments).map(English::resolve).toArray();
			return new MessageFormat(pattern, Locale.ENGLISH).format(resolved);
		}

		private static Object resolve(Object argument) {
			if (argument instanceof MessageSourceResolvable resolvable) {
				String[] codes = resolvable.getCodes();
				if (codes != null) {
					for (String code : codes) {
						if (TEXTS.containsKey(code)) {
							return text(code, resolvable.getArguments() == null ? new Object[0] : resolvable.getArguments());
						}
					}
				}
				return resolvable.getDefaultMessage() != null ? resolvable.getDefaultMessage()
						: codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
			}
			return argument;
		}

		private static Properties load() {
			Properties texts = new Properties();
			try (InputStream in = Refusal.class.getResourceAsStream(BUNDLE)) {
				if (in != null) {
					texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return texts;
		}
	}
}
