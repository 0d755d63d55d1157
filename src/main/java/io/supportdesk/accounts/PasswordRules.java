package io.supportdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes in UTF-8 (BCrypt hashes no more; a longer password would be refused by the encoder), and not
 * the user's e-mail address. The same rules for a change and for a reset.
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
	}

	/** Refuses a password too long for BCrypt (also for initial passwords, which follow older rules). */
	static void requireHashable(String field, String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new PasswordRefused(field, PasswordRefused.Reason.TOO_LONG,
					"refusal.accounts.password.tooLong", MAX_BYTES);
		}
	}
}
