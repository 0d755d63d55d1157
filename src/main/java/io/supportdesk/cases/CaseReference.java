package io.supportdesk.cases;

import java.security.SecureRandom;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The reference customers quote, e.g. {@code CS-7K3P-2Q}: six random characters of an alphabet without
 * look-alikes (30 bits), so references are short, unique (checked on creation) and not guessable
 * across tenants.
 */
public record CaseReference(@JsonValue String value) {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	public CaseReference {
		Objects.requireNonNull(value);
	}

	static CaseReference random() {
		char[] chars = new char[6];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new CaseReference("CS-" + new String(chars, 0, 4) + "-" + new String(chars, 4, 2));
	}

	@Override
	public String toString() {
		return value;
	}
}
