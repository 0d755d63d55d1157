package io.supportdesk.downloads;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one version (release) of a product. */
public record VersionId(@JsonValue UUID value) {

	public VersionId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static VersionId of(UUID value) {
		return new VersionId(value);
	}

	/** The id in {@code text}, empty for anything that is no id (which, like an unknown one, finds nothing). */
	public static Optional<VersionId> parse(String text) {
		try {
			return Optional.of(new VersionId(UUID.fromString(text)));
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
