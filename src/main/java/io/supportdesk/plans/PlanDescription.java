package io.supportdesk.plans;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.supportdesk.shared.Language;

/**
 * A plan's description in the languages Supportdesk speaks: English, which every edit must give and
 * every other language falls back to, and German, French and Spanish where a manager wrote them.
 * Blank texts count as not written.
 *
 * @param texts the written texts by language
 */
public record PlanDescription(Map<Language, String> texts) {

	public PlanDescription {
		EnumMap<Language, String> written = new EnumMap<>(Language.class);
		if (texts != null) {
			texts.forEach((language, text) -> {
				if (language != null && text != null && !text.isBlank()) {
					written.put(language, text.strip());
				}
			});
		}
		texts = Collections.unmodifiableMap(written);
	}

	/** An English-only description (the shape of plans before descriptions had languages). */
	public static PlanDescription english(String text) {
		EnumMap<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.EN, text);
		return new PlanDescription(texts);
	}

	/** The English text ("" if none was written). */
	public String english() {
		return texts.getOrDefault(Language.EN, "");
	}

	/** The text in {@code language}, else the English one. */
	public String text(Language language) {
		return texts.getOrDefault(language, english());
	}

	/** The text in the reader's language (for templates: {@code description().text(#locale)}), else English. */
	public String text(Locale locale) {
		return text(Language.ofCode(locale == null ? "en" : locale.getLanguage()).orElse(Language.EN));
	}

	/** The text written for exactly this language, without falling back. */
	public Optional<String> written(Language language) {
		return Optional.ofNullable(texts.get(language));
	}
}
