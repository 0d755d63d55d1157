package io.supportdesk.plans;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies a paid add-on request. */
public record AddOnId(@JsonValue UUID value) {

	public AddOnId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static AddOnId of(UUID value) {
		return new AddOnId(value);
	}

	public static AddOnId parse(String text, String field) {
		return new AddOnId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
