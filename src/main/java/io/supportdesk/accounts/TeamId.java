package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies a team of support staff. */
public record TeamId(@JsonValue UUID value) {

	public TeamId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static TeamId of(UUID value) {
		return new TeamId(value);
	}

	/** A fresh random id. */
	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static TeamId parse(String text, String field) {
		try {
			return new TeamId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInput(field, "is not a valid id");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
