package io.supportdesk.chat;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.NotFound;

/** Identifies a chat. */
public record ChatId(@JsonValue UUID value) {

	public ChatId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static ChatId of(UUID value) {
		return new ChatId(value);
	}

	/** A chat id from a path: a malformed one is a chat that does not exist. */
	public static ChatId parse(String text) {
		try {
			return new ChatId(UUID.fromString(text == null ? "" : text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFound("refusal.notFound.chat");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
