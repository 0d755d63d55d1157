package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies a personal API token. */
public record ApiTokenId(@JsonValue UUID value) {

	public ApiTokenId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static ApiTokenId of(UUID value) {
		return new ApiTokenId(value);
	}

	/** A fresh random id. */
	public static ApiTokenId random() {
		return new ApiTokenId(UUID.randomUUID());
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static ApiTokenId parse(String text, String field) {
		try {
			return new ApiTokenId(UUID.fromString(text));
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
