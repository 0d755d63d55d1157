package io.supportdesk.plans;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

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
		return new SubscriptionId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
