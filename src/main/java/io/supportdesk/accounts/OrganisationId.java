package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies an organisation, the customer tenant. */
public record OrganisationId(@JsonValue UUID value) {

	public OrganisationId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static OrganisationId of(UUID value) {
		return new OrganisationId(value);
	}

	/** A fresh random id. */
	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static OrganisationId parse(String text, String field) {
		try {
			return new OrganisationId(UUID.fromString(text));
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
