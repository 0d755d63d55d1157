package io.supportdesk.cases;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies a support case. */
public record CaseId(@JsonValue UUID value) {

	public CaseId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static CaseId of(UUID value) {
		return new CaseId(value);
	}

	public static CaseId parse(String text, String field) {
		try {
			return new CaseId(UUID.fromString(text));
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
