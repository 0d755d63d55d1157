package io.supportdesk.shared;

import java.util.Objects;

/**
 * Input that is well-formed but breaks a rule of the domain; {@code field} names the offending
 * field in the request's own terms (for example {@code email} or {@code events[3]}).
 */
public class InvalidInput extends Refused {

	private static final long serialVersionUID = 1L;

	private final String field;

	/** Refuses {@code field} for the reason the refusal {@code key} explains with its {@code arguments}. */
	public InvalidInput(String field, String key, Object... arguments) {
		this(field, Refusal.of(key, arguments));
	}

	public InvalidInput(String field, Refusal refusal) {
		super(refusal);
		this.field = Objects.requireNonNull(field);
	}

	public String field() {
		return field;
	}
}
