package io.supportdesk.shared;

import java.util.Objects;

/** The request collides with the current state (a taken e-mail address, a stale version); answers 409. */
public class Conflict extends Refused {

	private static final long serialVersionUID = 1L;

	private final String field;

	/** A conflict concerning {@code field}, explained by the refusal {@code key} with its {@code arguments}. */
	public Conflict(String field, String key, Object... arguments) {
		this(field, Refusal.of(key, arguments));
	}

	public Conflict(String field, Refusal refusal) {
		super(refusal);
		this.field = Objects.requireNonNull(field);
	}

	public String field() {
		return field;
	}
}
