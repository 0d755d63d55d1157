package io.supportdesk.calendars;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

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
		return new CalendarId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
