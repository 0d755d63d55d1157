package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies a user, customer or staff. */
public record UserId(@JsonValue UUID value) implements java.io.Serializable {

	public UserId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static UserId of(UUID value) {
		return new UserId(value);
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static UserId parse(String text, String field) {
		return new UserId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
