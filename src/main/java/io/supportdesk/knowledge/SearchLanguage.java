package io.supportdesk.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.supportdesk.shared.Language;

/**
 * The text search configuration of each language (migration {@code knowledge}): the language's Snowball
 * stemmer behind the unaccent dictionary, so accents never decide a match; and what the words a reader
 * typed become once PostgreSQL has parsed them ({@code websearch_to_tsquery}, {@code plainto_tsquery}):
 * German compounds the index does not know split into known parts, German terms matching as the start
 * of longer words, and for suggestions the words too common to narrow anything left out.
 */
final class SearchLanguage {

	/** A word in more than this share of a language's articles is common: it narrows nothing. */
	static final double COMMON = 0.1;

	/** Suggestions look for at most this many of the rarest words. */
	static final int SUGGESTION_TERMS = 6;

	private static final Pattern LEXEME = Pattern.compile("'((?:[^'\\\\]|''|\\\\.)+)'");

	private static final Pattern CONJUNCTION = Pattern.compile("(\\s*'(?:[^'\\\\]|''|\\\\.)+'\\s*&?)*");

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
	 * A query ready to run: {@code matches} finds the candidates, {@code ranks} scores them (the same
	 * query, except for suggestions, whose candidates come from their rarest words only); {@code share}
	 * estimates the share of the language's articles that match (0 when unknown — or, not, phrases, words
	 * not counted yet — leaving the choice to the planner), which decides how they are gathered.
	 */
	record Terms(String matches, String ranks, double share) {

		boolean empty() {
			return matches.isBlank();
		}

		/** Whether most articles match, so that the newest matches are the first rows of the date index. */
		boolean common() {
			return share >= COMMON;
		}
	}

	/**
	 * What {@code parsed} ({@code websearch_to_tsquery}'s text) becomes: all its words required, an
	 * unknown German compound replaced by (the compound or any of its parts).
	 */
	static Terms allWords(Language lang, String parsed, SearchVocabulary.Lexicon lexicon) {
		if (parsed.isBlank()) {
			return new Terms("", "", 0);
		}
		if (!CONJUNCTION.matcher(parsed).matches()) {
			String query = lang == Language.DE ? prefixes(parsed) : parsed;
			return new Terms(query, query, 0);
		}
		List<String> groups = new ArrayList<>();
		double share = 1;
		for (String lexeme : lexemes(parsed)) {
			List<String> group = alternatives(lang, lexeme, lexicon);
			double groupShare = 0;
			for (String term : group) {
				groupShare += share(lexicon, term, lang == Language.DE);
			}
			share *= Math.min(1, groupShare);
			groups.add(group.size() == 1 ? term(lang, group.get(0)) : "(" + String.join(" | ",
					group.stream().map(term -> term(lang, term)).toList()) + ")");
		}
		String query = String.join(" & ", groups);
		return new Terms(query, query, lexicon.large() ? share : 0);
	}

	/**
	 * What {@code parsed} ({@code plainto_tsquery}'s text of a case being typed) becomes for
	 * suggestions: any of its words; the candidates are the matches of its {@value #SUGGESTION_TERMS}
	 * rarest words, the common ones left out (they match most articles and say nothing of this case,
	 * like stop words) unless all are common (then the two rarest); all words rank them. In a small
	 * knowledge base (see {@link SearchVocabulary.Lexicon#large()}) every word is a candidate's.
	 */
	static Terms anyWord(Language lang, String parsed, SearchVocabulary.Lexicon lexicon) {
		Set<String> terms = new LinkedHashSet<>();
		for (String lexeme : lexemes(parsed)) {
			terms.addAll(alternatives(lang, lexeme, lexicon));
		}
		if (terms.isEmpty()) {
			return new Terms("", "", 0);
		}
		boolean prefix = lang == Language.DE;
		List<String> rarest = terms.stream().sorted(Comparator.comparingDouble(term -> share(lexicon, term, prefix))).toList();
		List<String> narrow = rarest.stream().filter(term -> share(lexicon, term, prefix) < COMMON).limit(SUGGESTION_TERMS)
			.toList();
		List<String> chosen = !lexicon.large() ? rarest
				: narrow.isEmpty() ? rarest.subList(0, Math.min(2, rarest.size())) : narrow;
		double none = 1;
		for (String term : chosen) {
			none *= 1 - Math.min(1, share(lexicon, term, prefix));
		}
		return new Terms(String.join(" | ", chosen.stream().map(term -> term(lang, term)).toList()),
				String.join(" | ", terms.stream().map(term -> term(lang, term)).toList()),
				lexicon.large() ? 1 - none : 0);
	}

	/**
	 * {@code parsed} with each lexeme the index does not know replaced by the most similar one it
	 * knows; null when there is none to replace (a typo's second chance, before similar titles).
	 */
	static String corrected(String parsed, SearchVocabulary.Lexicon lexicon) {
		if (!CONJUNCTION.matcher(parsed).matches()) {
			return null;
		}
		boolean changed = false;
		List<String> terms = new ArrayList<>();
		for (String lexeme : lexemes(parsed)) {
			String word = unquote(lexeme);
			String correction = lexicon.knows(word) ? word : lexicon.closest(word).orElse(word);
			changed |= !correction.equals(word);
			terms.add("'" + quote(correction) + "'");
		}
		return changed ? String.join(" & ", terms) : null;
	}

	/** The lexeme and, for an unknown German compound, its parts. */
	private static List<String> alternatives(Language lang, String lexeme, SearchVocabulary.Lexicon lexicon) {
		if (lang != Language.DE) {
			return List.of(lexeme);
		}
		List<String> parts = Compounds.split(unquote(lexeme), lexicon::knows);
		if (parts.isEmpty()) {
			return List.of(lexeme);
		}
		List<String> alternatives = new ArrayList<>(List.of(lexeme));
		parts.stream().map(SearchLanguage::quote).filter(part -> !alternatives.contains(part)).forEach(alternatives::add);
		return alternatives;
	}

	/** The lexemes of a tsquery's text, as written there (quotes doubled). */
	static List<String> lexemes(String parsed) {
		List<String> lexemes = new ArrayList<>();
		Matcher matcher = LEXEME.matcher(parsed);
		while (matcher.find()) {
			if (!lexemes.contains(matcher.group(1))) {
				lexemes.add(matcher.group(1));
			}
		}
		return lexemes;
	}

	private static double share(SearchVocabulary.Lexicon lexicon, String lexeme, boolean prefix) {
		return lexicon.share(unquote(lexeme), prefix);
	}

	private static String term(Language lang, String lexeme) {
		return "'" + lexeme + "'" + (lang == Language.DE ? ":*" : "");
	}

	/** Every term also as a prefix ({@code 'prufung':*}), for German compounds ("Prüfungssitzung"). */
	private static String prefixes(String parsed) {
		return LEXEME.matcher(parsed).replaceAll(match -> Matcher.quoteReplacement(match.group()) + ":*");
	}

	private static String unquote(String lexeme) {
		return lexeme.replace("''", "'").replace("\\\\", "\\");
	}

	private static String quote(String word) {
		return word.replace("\\", "\\\\").replace("'", "''");
	}
}
