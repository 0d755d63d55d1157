package io.supportdesk.knowledge;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.supportdesk.shared.Language;

/**
 * The lexemes the search index knows, per language, each with the number of published articles that
 * contain it (internal articles left out, so that no reader's search behaves differently because of
 * a word only they contain): which words are so common that they cannot narrow a search, and which
 * words exist at all (German compounds are split into known words, {@link Compounds}). Counted with
 * {@code ts_stat} into {@code knowledge_lexeme} by a recurring task when translations were written
 * (about half a second per 25,000 articles); each instance keeps the counts in memory and reloads
 * them when their version changes (checked at most every {@value #CHECK_SECONDS} seconds).
 */
@Repository
class SearchVocabulary {

	static final String TASK = "knowledge-vocabulary";

	static final long CHECK_SECONDS = 30;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private volatile Map<Language, Lexicon> lexicons = Map.of();

	private volatile long version = -1;

	private volatile long checked;

	SearchVocabulary(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The lexemes of {@code lang} and their counts, as last counted. */
	Lexicon lexicon(Language lang) {
		long now = System.nanoTime();
		if (version < 0 || now - checked > Duration.ofSeconds(CHECK_SECONDS).toNanos()) {
			checked = now;
			long current = jdbc.sql("select version from knowledge_lexeme_change where id = 1").query(Long.class).single();
			if (current != version) {
				load(current);
			}
		}
		return lexicons.getOrDefault(lang, Lexicon.EMPTY);
	}

	private synchronized void load(long current) {
		Map<Language, NavigableMap<String, Integer>> counts = new EnumMap<>(Language.class);
		Map<Language, Integer> totals = new EnumMap<>(Language.class);
		jdbc.sql("select lang, articles from knowledge_lexeme_total")
			.query(rs -> {
				totals.put(Language.ofCode(rs.getString("lang")).orElseThrow(), rs.getInt("articles"));
			});
		jdbc.sql("select lang, lexeme, articles from knowledge_lexeme").query(rs -> {
			counts.computeIfAbsent(Language.ofCode(rs.getString("lang")).orElseThrow(), l -> new TreeMap<>())
				.put(rs.getString("lexeme"), rs.getInt("articles"));
		});
		Map<Language, Lexicon> loaded = new EnumMap<>(Language.class);
		for (Language lang : Language.values()) {
			loaded.put(lang, new Lexicon(totals.getOrDefault(lang, 0),
					Collections.unmodifiableNavigableMap(counts.getOrDefault(lang, new TreeMap<>()))));
		}
		lexicons = loaded;
		version = current;
	}

	/** Counts again if translations were written since the last count; true if it did. */
	boolean refreshIfChanged() {
		Boolean changed = transactions.execute(status -> jdbc
			.sql("update knowledge_lexeme_change set changed = false where id = 1 and changed returning true")
			.query(Boolean.class).optional().orElse(false));
		if (Boolean.TRUE.equals(changed)) {
			count();
			return true;
		}
		return false;
	}

	/** Counts again now, and reloads this instance's counts. */
	void refresh() {
		transactions.executeWithoutResult(status -> jdbc
			.sql("update knowledge_lexeme_change set changed = false where id = 1").update());
		count();
		lexicon(Language.EN);
	}

	private void count() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from knowledge_lexeme").update();
			jdbc.sql("delete from knowledge_lexeme_total").update();
			for (Language lang : Language.values()) {
				// the language is a code of the closed enum: safe inside the statement text
				String rows = "select search from knowledge_search where lang = ''" + lang.code()
						+ "'' and state = ''PUBLISHED'' and visibility <> ''INTERNAL''";
				jdbc.sql("insert into knowledge_lexeme (lang, lexeme, articles) select :lang, word, ndoc from ts_stat('"
						+ rows + "')").param("lang", lang.code()).update();
				jdbc.sql("""
						insert into knowledge_lexeme_total (lang, articles) select :lang, count(*) from knowledge_search
						where lang = :lang and state = 'PUBLISHED' and visibility <> 'INTERNAL'""")
					.param("lang", lang.code()).update();
			}
			jdbc.sql("update knowledge_lexeme_change set version = version + 1 where id = 1").update();
		});
		checked = 0;
		version = -1;
	}

	/**
	 * The lexemes of one language with their article counts.
	 *
	 * @param articles how many published (not internal) articles the language has
	 */
	record Lexicon(int articles, NavigableMap<String, Integer> counts) {

		static final Lexicon EMPTY = new Lexicon(0, Collections.emptyNavigableMap());

		/** Below this many articles every search is cheap, and no word is too common to count. */
		static final int LARGE = 1_000;

		boolean large() {
			return articles >= LARGE;
		}

		boolean knows(String lexeme) {
			return counts.containsKey(lexeme);
		}

		/**
		 * The known lexeme most like {@code lexeme} (pg_trgm's similarity: shared trigrams of the padded
		 * word over all of them, at least {@value #SIMILAR}), the more frequent of equals: a typo's
		 * correction.
		 */
		java.util.Optional<String> closest(String lexeme) {
			java.util.Set<String> grams = trigrams(lexeme);
			String best = null;
			double bestSimilarity = SIMILAR;
			int bestCount = 0;
			for (Map.Entry<String, Integer> entry : counts.entrySet()) {
				String candidate = entry.getKey();
				if (Math.abs(candidate.length() - lexeme.length()) > 3) {
					continue;
				}
				java.util.Set<String> other = trigrams(candidate);
				long shared = grams.stream().filter(other::contains).count();
				double similarity = shared / (double) (grams.size() + other.size() - shared);
				if (similarity > bestSimilarity || similarity == bestSimilarity && best != null && entry.getValue() > bestCount) {
					best = candidate;
					bestSimilarity = similarity;
					bestCount = entry.getValue();
				}
			}
			return java.util.Optional.ofNullable(best);
		}

		/** Below this similarity a known lexeme is no correction. */
		static final double SIMILAR = 0.4;

		private static java.util.Set<String> trigrams(String word) {
			String padded = "  " + word + " ";
			java.util.Set<String> grams = new java.util.HashSet<>();
			for (int i = 0; i + 3 <= padded.length(); i++) {
				grams.add(padded.substring(i, i + 3));
			}
			return grams;
		}

		/**
		 * The share of the language's articles that contain {@code lexeme} (0 to 1); with {@code prefix},
		 * any lexeme beginning with it (the sum of their counts, at most 1: an upper bound).
		 */
		double share(String lexeme, boolean prefix) {
			if (articles == 0) {
				return 0;
			}
			if (!prefix) {
				return counts.getOrDefault(lexeme, 0) / (double) articles;
			}
			long sum = 0;
			for (int count : counts.subMap(lexeme, true, lexeme + Character.MAX_VALUE, false).values()) {
				sum += count;
				if (sum >= articles) {
					return 1;
				}
			}
			return sum / (double) articles;
		}
	}

	/** The count runs on one instance at a time, a minute after the last, when translations changed. */
	@Configuration(proxyBeanMethods = false)
	static class Task {

		@Bean
		RecurringTask<Void> knowledgeVocabularyTask(SearchVocabulary vocabulary) {
			return Tasks.recurring(TASK, FixedDelay.ofMinutes(1))
				.execute((instance, context) -> vocabulary.refreshIfChanged());
		}
	}
}
