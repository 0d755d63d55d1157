package io.supportdesk.calendars;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies a stored calendar. */
public record CalendarId(@JsonValue UUID value) {

	public CalendarId {
		Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static CalendarId of(UUID value) {
		return new CalendarId(value);
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static CalendarId parse(String text, String field) {
		try {
			return new CalendarId(UUID.fromString(text));
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
