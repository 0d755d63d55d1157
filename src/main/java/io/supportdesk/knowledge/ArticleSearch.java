package io.supportdesk.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

import io.supportdesk.knowledge.SearchLanguage.Terms;
import io.supportdesk.shared.Language;

/**
 * Full-text search over the translations a reader may see: those in the reader's language, and the
 * English text of articles that have none in it, each matched against the query parsed in its own
 * language's configuration and made ready by {@link SearchLanguage} (German compounds split, common
 * words told apart by {@link SearchVocabulary}'s counts). Readers' searches run on the narrow
 * {@code knowledge_search} table's per-language partial indexes of published translations (the
 * language and state are written into the SQL, from enums, so the planner matches them). The work is
 * bounded however common the words: the candidates are the newest {@value #CANDIDATES} title matches
 * and the newest {@value #CANDIDATES} matches anywhere (per language) — for a query most articles
 * match, found by walking the newest-first index — and only they are ranked ({@code ts_rank_cd}
 * normalised below 1 plus 1 for a title match, so a title match always ranks first, ties by the newer
 * publication) and counted (a count of {@value #CANDIDATES} or more is reported as "at least"). The
 * best passage of the top hits is {@code ts_headline} over the summary and the start of the body.
 * Suggestions (any word counts) rank with {@code ts_rank}, which adds up the words matched, so an
 * article matching more of them comes first. When the words match nothing, similar spellings of
 * titles and summaries (pg_trgm word similarity over accent-folded text) answer instead.
 */
@Repository
class ArticleSearch {

	/** How many matches per language and kind (title, anywhere) are ranked at most. */
	static final int CANDIDATES = 200;

	/** Marks around matched words, HTML-escaped away before they become {@code <mark>}. */
	private static final char START = '\u0002';

	private static final char STOP = '\u0003';

	private static final String CONFIGURATION = """
			case %s.lang when 'de' then 'knowledge_de'::regconfig when 'fr' then 'knowledge_fr'::regconfig
			    when 'es' then 'knowledge_es'::regconfig else 'knowledge_en'::regconfig end""";

	private static final String COLUMNS = "t.article_id, t.lang, t.slug, t.title, t.state, t.published_at, t.visibility,"
			+ " t.kind, t.category_code";

	private final JdbcClient jdbc;

	private final SearchVocabulary vocabulary;

	ArticleSearch(JdbcClient jdbc, SearchVocabulary vocabulary) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
	}

	/** What {@code query} finds for a reader with {@code access}; {@code anyWord}: any term suffices. */
	SearchResults search(Access access, SearchQuery query, boolean anyWord) {
		Map<String, Object> parameters = parameters(query);
		String text = query.text() == null ? "" : query.text().strip();
		if (text.isEmpty()) {
			return run(newest(access, query), parameters, false);
		}
		parameters.put("q", text);
		Map<Language, String> parsed = parsed(query, text, anyWord);
		Map<Language, Terms> terms = new LinkedHashMap<>();
		parsed.forEach((lang, tsquery) -> terms.put(lang, anyWord
				? SearchLanguage.anyWord(lang, tsquery, vocabulary.lexicon(lang))
				: SearchLanguage.allWords(lang, tsquery, vocabulary.lexicon(lang))));
		SearchResults found = fullText(access, query, terms, anyWord, parameters, false);
		if (found.total() == 0 && !anyWord) {
			// a typo: the words the index knows that are most like the unknown ones
			Map<Language, Terms> corrected = new LinkedHashMap<>();
			parsed.forEach((lang, tsquery) -> {
				String correction = SearchLanguage.corrected(tsquery, vocabulary.lexicon(lang));
				corrected.put(lang, SearchLanguage.allWords(lang, correction == null ? "" : correction,
						vocabulary.lexicon(lang)));
			});
			found = fullText(access, query, corrected, false, parameters, true);
		}
		return found.total() > 0 ? found : run(similar(access, query), parameters, true);
	}

	private SearchResults fullText(Access access, SearchQuery query, Map<Language, Terms> terms, boolean anyWord,
			Map<String, Object> parameters, boolean approximate) {
		if (terms.values().stream().allMatch(Terms::empty)) {
			return new SearchResults(List.of(), 0, false, approximate);
		}
		terms.forEach((lang, t) -> {
			parameters.put("match_" + lang.code(), t.matches());
			parameters.put("rank_" + lang.code(), t.ranks());
		});
		return run(fullText(access, query, terms, anyWord), parameters, approximate);
	}

	/** The reader's words parsed in each language searched (one statement). */
	private Map<Language, String> parsed(SearchQuery query, String text, boolean anyWord) {
		String parser = anyWord ? "plainto_tsquery" : "websearch_to_tsquery";
		List<Language> languages = languages(query);
		Map<String, Object> row = jdbc.sql("select " + String.join(", ", languages.stream()
			.map(lang -> parser + "('" + SearchLanguage.configuration(lang) + "', :q)::text as " + lang.code()).toList()))
			.param("q", text).query().singleRow();
		Map<Language, String> parsed = new LinkedHashMap<>();
		for (Language lang : languages) {
			parsed.put(lang, String.valueOf(row.get(lang.code())));
		}
		return parsed;
	}

	private Map<String, Object> parameters(SearchQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("lang", query.lang().code());
		parameters.put("limit", query.limit());
		parameters.put("candidates", CANDIDATES);
		if (query.kind() != null) {
			parameters.put("kind", query.kind().name());
		}
		if (query.category() != null) {
			parameters.put("category", query.category());
		}
		if (query.product() != null) {
			parameters.put("product", query.product());
		}
		return parameters;
	}

	/**
	 * The conditions on translations of {@code lang} a reader may see, with the filters; language,
	 * states and visibilities as literals from enums (so partial indexes match), the rest as parameters.
	 */
	private static String visible(Access access, SearchQuery query, Language lang) {
		StringBuilder sql = new StringBuilder("t.lang = '" + lang.code() + "' and t.state in (" + literals(access.states())
				+ ") and t.visibility in (" + literals(access.names()) + ")");
		if (query.kind() != null) {
			sql.append(" and t.kind = :kind");
		}
		if (query.category() != null) {
			sql.append(" and t.category_code in (select code from knowledge_category where code = :category"
					+ " or parent_code = :category)");
		}
		if (query.product() != null) {
			sql.append(" and lower(t.product) = lower(:product)");
		}
		if (lang != query.lang()) {
			sql.append(" and not exists (select 1 from knowledge_translation o where o.article_id = t.article_id"
					+ " and o.lang = :lang and o.state in (" + literals(access.states()) + "))");
		}
		return sql.toString();
	}

	private static String literals(List<String> names) {
		return String.join(", ", names.stream().map(name -> "'" + name + "'").toList());
	}

	/** The reader's language, and English (for articles without the reader's) unless that is the same. */
	private static List<Language> languages(SearchQuery query) {
		return query.lang() == Language.EN ? List.of(Language.EN) : List.of(query.lang(), Language.EN);
	}

	/**
	 * The newest matches per language and kind (title, anywhere), from the narrow table: a common query
	 * ({@link Terms#common()}) walks the newest-first index testing each row ({@code ts_match_vq} is
	 * {@code @@} that no index answers: most rows match, so the first few hundred rows hold the
	 * candidates), a rarer one is gathered through the GIN index; then the candidates are ranked and the
	 * best passage of the top hits is taken from the translations.
	 */
	private static String fullText(Access access, SearchQuery query, Map<Language, Terms> terms, boolean anyWord) {
		List<String> branches = new ArrayList<>();
		terms.forEach((lang, t) -> {
			if (t.empty()) {
				return;
			}
			String match = "cast(:match_" + lang.code() + " as tsquery)";
			for (String vector : List.of("t.title_search", "t.search")) {
				// titles: fewer match, so a walk could read the whole language; the planner chooses
				boolean walk = t.common() && vector.equals("t.search");
				branches.add("(select t.article_id, t.lang, t.published_at, t.title_search, t.search from knowledge_search t"
						+ " where " + visible(access, query, lang) + " and "
						+ (walk ? "ts_match_vq(" + vector + ", " + match + ")" : vector + " @@ " + match)
						+ " order by t.published_at desc nulls last limit :candidates)");
			}
		});
		String rank = "case %s.lang when '" + query.lang().code() + "' then cast(:rank_" + query.lang().code()
				+ " as tsquery) else cast(:rank_en as tsquery) end";
		return """
				with candidates as materialized (%s),
				scored as (
				    select t.article_id, t.lang, t.published_at,
				        (case when t.title_search @@ (%s) then 1 else 0 end) + %s(t.search, %s, 32) as score,
				        count(*) over () as total
				    from (select distinct on (c.article_id, c.lang) c.* from candidates c) t
				    order by score desc, t.published_at desc nulls last, t.article_id limit :limit)
				select %s, s.score, s.total, ts_headline(%s, t.summary || ' … ' || left(t.body, 1200), %s,
				    'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", StartSel=' || chr(2)
				    || ', StopSel=' || chr(3)) as snippet
				from scored s join knowledge_translation t on t.article_id = s.article_id and t.lang = s.lang
				order by s.score desc, s.published_at desc nulls last, s.article_id"""
			.formatted(String.join("\nunion all\n", branches), rank.formatted("t"), anyWord ? "ts_rank" : "ts_rank_cd",
					rank.formatted("t"), COLUMNS, CONFIGURATION.formatted("s"), rank.formatted("s"));
	}

	private static String similar(Access access, SearchQuery query) {
		List<String> branches = new ArrayList<>();
		for (Language lang : languages(query)) {
			branches.add("(select " + COLUMNS + ", t.summary, word_similarity(knowledge_fold(:q), t.folded) as score"
					+ " from knowledge_translation t where " + visible(access, query, lang)
					+ " and knowledge_fold(:q) <% t.folded order by score desc limit :candidates)");
		}
		return """
				select m.*, count(*) over () as total, m.summary as snippet from (%s) m
				order by m.score desc, m.published_at desc nulls last, m.article_id limit :limit"""
			.formatted(String.join("\nunion all\n", branches));
	}

	private static String newest(Access access, SearchQuery query) {
		List<String> branches = new ArrayList<>();
		for (Language lang : languages(query)) {
			branches.add("(select " + COLUMNS + ", t.summary, 0 as score from knowledge_translation t where "
					+ visible(access, query, lang) + " order by t.published_at desc nulls last limit :candidates)");
		}
		return """
				select m.*, count(*) over () as total, m.summary as snippet from (%s) m
				order by m.published_at desc nulls last, m.article_id limit :limit"""
			.formatted(String.join("\nunion all\n", branches));
	}

	private SearchResults run(String sql, Map<String, Object> parameters, boolean approximate) {
		List<SearchHit> hits = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql(sql).params(parameters).query(rs -> {
			total[0] = rs.getLong("total");
			hits.add(new SearchHit(new ArticleId(rs.getObject("article_id", UUID.class)),
					Language.ofCode(rs.getString("lang")).orElseThrow(), rs.getString("slug"), rs.getString("title"),
					snippet(rs.getString("snippet")), rs.getDouble("score"), Visibility.valueOf(rs.getString("visibility")),
					ArticleKind.valueOf(rs.getString("kind")), rs.getString("category_code"),
					TranslationState.valueOf(rs.getString("state")), ArticleStore.instant(rs, "published_at")));
		});
		return new SearchResults(hits, total[0], total[0] >= CANDIDATES, approximate);
	}

	/** The passage as safe HTML: escaped, Markdown markers dropped, the matches marked. */
	static String snippet(String passage) {
		String plain = passage == null ? "" : passage.replaceAll("(?m)^\\s*(#+|>|[-*+]\\s|\\d+\\.\\s)", "")
			.replaceAll("\\*\\*|__|`+|\\[|\\]\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
		if (plain.length() > 400) {
			plain = plain.substring(0, 400) + " …";
		}
		return HtmlUtils.htmlEscape(plain).replace(String.valueOf(START), "<mark>").replace(String.valueOf(STOP), "</mark>");
	}
}
