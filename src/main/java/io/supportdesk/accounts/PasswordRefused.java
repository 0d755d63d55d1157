package io.supportdesk.accounts;

import io.supportdesk.shared.InvalidInput;

/**
 * A password change or reset refused by one of the password rules, naming the field it concerns
 * ({@code currentPassword} or {@code newPassword}) and, as a type, the rule that was broken.
 */
public class PasswordRefused extends InvalidInput {

	/** Which rule refused the password. */
	public enum Reason {
		/** The current password given is not the user's password. */
		WRONG_CURRENT,
		/** Shorter than 12 characters. */
		TOO_SHORT,
		/** Longer than 72 bytes in UTF-8 (what BCrypt can hash). */
		TOO_LONG,
		/** The same as the user's e-mail address. */
		SAME_AS_EMAIL,
		/** One of the most common passwords (nbvcxz's list of 100,000, compared ignoring case). */
		COMMON
	}

	private final Reason reason;

	PasswordRefused(String field, Reason reason, String key, Object... arguments) {
		super(field, key, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** The message key that explains the refusal in the user's language. */
	public String messageKey() {
		return "account.password.error." + reason.name();
	}
}
