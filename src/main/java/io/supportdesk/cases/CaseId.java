package io.supportdesk.cases;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

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
		return new CaseId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
