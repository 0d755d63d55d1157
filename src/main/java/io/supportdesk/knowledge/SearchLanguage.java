package io.supportdesk.knowledge;

import io.supportdesk.shared.Language;

/**
 * The text search configuration of each language (migration {@code knowledge}): the language's Snowball
 * stemmer behind the unaccent dictionary, so accents never decide a match.
 */
final class SearchLanguage {

	private SearchLanguage() {
	}

	/** The configuration's name, safe to write into SQL (it comes from this closed list only). */
	static String configuration(Language lang) {
		return switch (lang) {
			case EN -> "knowledge_en";
			case DE -> "knowledge_de";
			case FR -> "knowledge_fr";
			case ES -> "knowledge_es";
		};
	}

	/**
	 * The query the reader's words become. German glues words together ("Prüfungssitzung"), so every
	 * German term also matches as the start of a longer word; the other languages match whole stems.
	 */
	static String tsquery(Language lang, String parameter) {
		String parsed = "websearch_to_tsquery('" + configuration(lang) + "', " + parameter + ")";
		return lang == Language.DE ? "knowledge_prefixes(" + parsed + ")" : parsed;
	}

	/** Any of the words (for suggestions from a whole case description, where all of them rarely match). */
	static String anyWord(Language lang, String parameter) {
		String parsed = "knowledge_any(plainto_tsquery('" + configuration(lang) + "', " + parameter + "))";
		return lang == Language.DE ? "knowledge_prefixes(" + parsed + ")" : parsed;
	}
}
