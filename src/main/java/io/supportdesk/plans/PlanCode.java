package io.supportdesk.plans;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** A plan's code, e.g. {@code PREMIER}: upper-case letters, digits and underscores. */
public record PlanCode(@JsonValue String value) {

	public static final PlanCode STANDARD = new PlanCode("STANDARD");

	public static final PlanCode PREMIER = new PlanCode("PREMIER");

	public static final PlanCode PROCTORED_EXAM_24X7 = new PlanCode("PROCTORED_EXAM_24X7");

	public PlanCode {
		Objects.requireNonNull(value);
		if (!value.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new IllegalArgumentException("A plan code is 2 to 40 upper-case letters, digits or underscores");
		}
	}

	@JsonCreator
	public static PlanCode of(String value) {
		return new PlanCode(value);
	}

	/** Parses a code from a request; a malformed one is refused as input naming {@code field}. */
	public static PlanCode parse(String value, String field) {
		try {
			return new PlanCode(value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInput(field, "refusal.plans.code.invalid");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
