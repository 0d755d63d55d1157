package io.supportdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes in UTF-8 (BCrypt hashes no more; a longer password would be refused by the encoder), not the
 * user's e-mail address, and not one of the most common passwords — those of the password dictionary
 * that nbvcxz ships (100,000 from public breaches; the 900-odd of at least {@value #MIN_LENGTH}
 * characters are the ones that matter here), compared ignoring case and surrounding blanks. The same
 * rules for a change and for a reset (OWASP ASVS 2.1.1, 2.1.7).
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** Refuses {@code password} (named {@code field} in the request) if it breaks a rule. */
	static void check(String field, String password, String email) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new PasswordRefused(field, PasswordRefused.Reason.TOO_SHORT,
					"refusal.accounts.password.tooShort", MIN_LENGTH);
		}
		requireHashable(field, password);
		if (password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
			throw new PasswordRefused(field, PasswordRefused.Reason.SAME_AS_EMAIL, "refusal.accounts.password.email");
		}
		if (Common.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
			throw new PasswordRefused(field, PasswordRefused.Reason.COMMON, "refusal.accounts.password.common");
		}
	}

	/** The common passwords long enough to pass the length rule, lower case; loaded on first use. */
	private static final class Common {

		static final Set<String> PASSWORDS = ConfigurationBuilder.getDefaultDictionaries().stream()
			.filter(dictionary -> dictionary.getDictionaryName().equals("passwords"))
			.flatMap(dictionary -> dictionary.getDictonary().keySet().stream())
			.map(word -> word.strip().toLowerCase(Locale.ROOT))
			.filter(word -> word.codePointCount(0, word.length()) >= MIN_LENGTH)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Refuses a password too long for BCrypt (also for initial passwords, which follow older rules). */
	static void requireHashable(String field, String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new PasswordRefused(field, PasswordRefused.Reason.TOO_LONG,
					"refusal.accounts.password.tooLong", MAX_BYTES);
		}
	}
}
