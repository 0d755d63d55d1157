package io.supportdesk.plans;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.InvalidInput;

/** Identifies a subscription. */
public record SubscriptionId(@JsonValue UUID value) {

	public SubscriptionId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static SubscriptionId of(UUID value) {
		return new SubscriptionId(value);
	}

	public static SubscriptionId parse(String text, String field) {
		try {
			return new SubscriptionId(UUID.fromString(text));
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
