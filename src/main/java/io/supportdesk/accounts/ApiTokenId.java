package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies a personal API token. */
public record ApiTokenId(@JsonValue UUID value) implements java.io.Serializable {

	public ApiTokenId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static ApiTokenId of(UUID value) {
		return new ApiTokenId(value);
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static ApiTokenId parse(String text, String field) {
		return new ApiTokenId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
