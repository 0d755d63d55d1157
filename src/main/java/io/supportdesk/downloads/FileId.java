package io.supportdesk.downloads;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one downloadable file of a version. */
public record FileId(@JsonValue UUID value) {

	public FileId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static FileId of(UUID value) {
		return new FileId(value);
	}

	/** The id in {@code text}, empty for anything that is no id (which, like an unknown one, finds nothing). */
	public static Optional<FileId> parse(String text) {
		try {
			return Optional.of(new FileId(UUID.fromString(text)));
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
