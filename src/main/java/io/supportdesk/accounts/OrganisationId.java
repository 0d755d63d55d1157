package io.supportdesk.accounts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies an organisation, the customer tenant. */
public record OrganisationId(@JsonValue UUID value) implements java.io.Serializable {

	public OrganisationId {
		java.util.Objects.requireNonNull(value);
	}

	/** The JSON form is the bare UUID. */
	@JsonCreator
	public static OrganisationId of(UUID value) {
		return new OrganisationId(value);
	}

	/** Parses an id from a request; a malformed one is refused as input naming {@code field}. */
	public static OrganisationId parse(String text, String field) {
		return new OrganisationId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
