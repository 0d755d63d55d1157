package io.supportdesk.plans;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies a trial licence (request). */
public record TrialLicenceId(@JsonValue UUID value) {

	public TrialLicenceId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static TrialLicenceId of(UUID value) {
		return new TrialLicenceId(value);
	}

	public static TrialLicenceId parse(String text, String field) {
		return new TrialLicenceId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
