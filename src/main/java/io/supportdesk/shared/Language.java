package io.supportdesk.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The languages Supportdesk speaks: its UI, its agents' skills, its cases and articles. */
public enum Language {

	EN("en"), DE("de"), FR("fr"), ES("es");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** The ISO 639-1 code, e.g. {@code de}; also the JSON form. */
	@JsonValue
	public String code() {
		return code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** Reads the JSON form; an unknown code is refused. */
	@JsonCreator
	public static Language fromJson(String code) {
		return ofCode(code).orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + code));
	}

	/** The language with this ISO code (case-insensitive), if Supportdesk speaks it. */
	public static Optional<Language> ofCode(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
	}
}
