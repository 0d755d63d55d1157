package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

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

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static TeamId parse(String text, String field) {
		return new TeamId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
