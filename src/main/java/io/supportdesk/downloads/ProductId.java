package io.supportdesk.downloads;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a product offered for download (its name is the product subscriptions carry). */
public record ProductId(@JsonValue UUID value) {

	public ProductId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static ProductId of(UUID value) {
		return new ProductId(value);
	}

	/** The id in {@code text}, empty for anything that is no id (which, like an unknown one, finds nothing). */
	public static Optional<ProductId> parse(String text) {
		try {
			return Optional.of(new ProductId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
