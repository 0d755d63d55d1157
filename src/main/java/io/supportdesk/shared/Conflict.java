package io.supportdesk.shared;

import java.util.Objects;

/** The request collides with the current state (a taken e-mail address, a stale version); answers 409. */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = Objects.requireNonNull(field);
	}

	public String field() {
		return field;
	}
}
