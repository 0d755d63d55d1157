package io.supportdesk.shared;

import java.util.Objects;

/**
 * Input that is well-formed but breaks a rule of the domain; {@code field} names the offending
 * field in the request's own terms (for example {@code email} or {@code events[3]}).
 */
public class InvalidInput extends RuntimeException {

	private final String field;

	public InvalidInput(String field, String message) {
		super(message);
		this.field = Objects.requireNonNull(field);
	}

	public String field() {
		return field;
	}
}
