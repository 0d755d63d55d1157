package io.supportdesk.suggestions;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a product suggestion. */
public record SuggestionId(@JsonValue UUID value) {

	public SuggestionId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static SuggestionId of(UUID value) {
		return new SuggestionId(value);
	}

	/** The id in {@code text}, empty for anything that is no id (which, like an unknown one, finds nothing). */
	public static Optional<SuggestionId> parse(String text) {
		try {
			return Optional.of(new SuggestionId(UUID.fromString(text)));
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
