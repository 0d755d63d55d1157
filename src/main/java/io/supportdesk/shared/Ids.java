package io.supportdesk.shared;

import java.util.UUID;

/** Reading ids from requests. */
public final class Ids {

	private Ids() {
	}

	/** The UUID in {@code text}; anything else is refused as input naming {@code field}. */
	public static UUID uuid(String text, String field) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInput(field, "refusal.id.invalid");
		}
	}
}
