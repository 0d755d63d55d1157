package io.supportdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.supportdesk.knowledge.SearchLanguage.Terms;
import io.supportdesk.knowledge.SearchVocabulary.Lexicon;
import io.supportdesk.shared.Language;

/**
 * What the parsed words of a search become (no database): German compounds split into the lexemes
 * the index knows, common words told apart by their share of the articles, and suggestions built from
 * their rarest words.
 */
class SearchTermsTests {

	private static final Set<String> GERMAN = Set.of("prufung", "raum", "netzwerk", "fehl", "sitzung", "lizenz",
			"schlussel", "kamera");

	@Test
	void germanCompoundsSplitIntoKnownWordsDroppingTheLinkingElement() {
		assertThat(Compounds.split("prufungsraum", GERMAN::contains)).containsExactly("prufung", "raum");
		assertThat(Compounds.split("netzwerkfehl", GERMAN::contains)).containsExactly("netzwerk", "fehl");
		assertThat(Compounds.split("lizenzschlussel", GERMAN::contains)).containsExactly("lizenz", "schlussel");
		assertThat(Compounds.split("prufungssitzungsraum", GERMAN::contains)).containsExactly("prufung", "sitzung", "raum");
	}

	@Test
	void anUnknownCompoundKeepsAnUnknownHeadButAKnownWordNeedsKnownParts() {
		assertThat(Compounds.split("kameratreib", GERMAN::contains)).as("unknown word, unknown head")
			.containsExactly("kamera", "treib");
		assertThat(Compounds.split("kameratreib", Set.of("kamera", "kameratreib")::contains))
			.as("a known word with an unknown head stays whole").isEmpty();
		assertThat(Compounds.split("prufung", GERMAN::contains)).as("too short to split").isEmpty();
		assertThat(Compounds.split("installation", GERMAN::contains)).as("no known first part").isEmpty();
	}

	@Test
	void aGermanQueryMatchesTheCompoundOrAnyOfItsPartsEachAsAPrefix() {
		Terms terms = SearchLanguage.allWords(Language.DE, "'prufungsraum' & 'token'", lexicon(10, Map.of("prufung", 3)));

		assertThat(terms.matches()).isEqualTo("('prufungsraum':* | 'prufung':* | 'raum':*) & 'token':*");
		assertThat(terms.ranks()).isEqualTo(terms.matches());
	}

	@Test
	void aQueryOfCommonWordsIsCommonInALargeKnowledgeBaseOnly() {
		Map<String, Integer> counts = Map.of("exam", 7_500, "session", 5_000, "kalo", 100);

		assertThat(SearchLanguage.allWords(Language.EN, "'exam' & 'session'", lexicon(10_000, counts)).common())
			.as("75 % and 50 %: 37.5 % match").isTrue();
		assertThat(SearchLanguage.allWords(Language.EN, "'exam' & 'kalo'", lexicon(10_000, counts)).common())
			.as("a rare word narrows it").isFalse();
		assertThat(SearchLanguage.allWords(Language.EN, "'exam' | 'session'", lexicon(10_000, counts)).common())
			.as("or: left to the planner").isFalse();
		assertThat(SearchLanguage.allWords(Language.EN, "'exam'", lexicon(100, Map.of("exam", 75))).common())
			.as("a small knowledge base").isFalse();
	}

	@Test
	void suggestionsLookForTheRarestWordsAndRankByAllOfThem() {
		Map<String, Integer> counts = Map.of("exam", 7_500, "session", 5_000, "kalo", 100, "rilo", 300);

		Terms terms = SearchLanguage.anyWord(Language.EN, "'exam' & 'rilo' & 'session' & 'kalo'", lexicon(10_000, counts));

		assertThat(terms.matches()).isEqualTo("'kalo' | 'rilo'");
		assertThat(terms.ranks()).isEqualTo("'exam' | 'rilo' | 'session' | 'kalo'");
		assertThat(terms.common()).isFalse();
		assertThat(SearchLanguage.anyWord(Language.EN, "'exam' & 'session'", lexicon(10_000, counts)).matches())
			.as("all common: the two rarest").isEqualTo("'session' | 'exam'");
		assertThat(SearchLanguage.anyWord(Language.EN, "'exam' & 'session' & 'kalo'", lexicon(100, Map.of("exam", 75)))
			.matches()).as("a small knowledge base: every word").isEqualTo("'session' | 'kalo' | 'exam'");
	}

	@Test
	void aWordTheIndexDoesNotKnowIsCorrectedToTheMostSimilarKnownOne() {
		Lexicon lexicon = lexicon(10_000, Map.of("session", 5_000, "proctor", 800, "exam", 7_500));

		assertThat(SearchLanguage.corrected("'sesion' & 'proctr'", lexicon)).isEqualTo("'session' & 'proctor'");
		assertThat(SearchLanguage.corrected("'exam' & 'session'", lexicon)).as("nothing to correct").isNull();
		assertThat(SearchLanguage.corrected("'qzxwv'", lexicon)).as("nothing similar").isNull();
	}

	private static Lexicon lexicon(int articles, Map<String, Integer> counts) {
		return new Lexicon(articles, new TreeMap<>(counts));
	}
}
