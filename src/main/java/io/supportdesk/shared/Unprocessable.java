package io.supportdesk.shared;

import java.util.Objects;

/**
 * Content that arrived whole and well-formed but does not hold what the request says it holds (an
 * uploaded file whose SHA-256 is not the checksum given with it); answers 422, naming the field.
 */
public class Unprocessable extends Refused {

	private static final long serialVersionUID = 1L;

	private final String field;

	public Unprocessable(String field, String key, Object... arguments) {
		super(Refusal.of(key, arguments));
		this.field = Objects.requireNonNull(field);
	}

	public String field() {
		return field;
	}
}
