package io.supportdesk.knowledge;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.supportdesk.shared.Ids;

/** Identifies a knowledge base article (all its translations). */
public record ArticleId(@JsonValue UUID value) {

	public ArticleId {
		Objects.requireNonNull(value);
	}

	@JsonCreator
	public static ArticleId of(UUID value) {
		return new ArticleId(value);
	}

	/** The id in {@code text}; anything else is refused as input naming {@code field}. */
	public static ArticleId parse(String text, String field) {
		return new ArticleId(Ids.uuid(text, field));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
