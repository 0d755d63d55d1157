package io.supportdesk.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

import io.supportdesk.shared.Language;

/**
 * Full-text search over the translations a reader may see: those in the reader's language, and the
 * English text of articles that have none in it. Each is matched against the query parsed in its own
 * language's configuration (GIN index on {@code search}); ranked by {@code ts_rank_cd} with a title
 * match always first (the title is weight A: a hit there adds 1 to a rank normalised below 1), ties by
 * the newer publication; the best passage highlighted by {@code ts_headline}. When the words match
 * nothing, similar spellings of titles and summaries (pg_trgm word similarity over accent-folded text)
 * answer instead.
 */
@Repository
class ArticleSearch {

	/** Marks around matched words, HTML-escaped away before they become {@code <mark>}. */
	private static final char START = '\u0002';

	private static final char STOP = '\u0003';

	private static final String CONFIGURATION = """
			case %s.lang when 'de' then 'knowledge_de'::regconfig when 'fr' then 'knowledge_fr'::regconfig
			    when 'es' then 'knowledge_es'::regconfig else 'knowledge_en'::regconfig end""";

	private final JdbcClient jdbc;

	ArticleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What {@code query} finds for a reader with {@code access}; {@code anyWord}: any term suffices. */
	SearchResults search(Access access, SearchQuery query, boolean anyWord) {
		Map<String, Object> parameters = parameters(access, query);
		String text = query.text() == null ? "" : query.text().strip();
		if (text.isEmpty()) {
			return run(newest(query), parameters, false);
		}
		parameters.put("q", text);
		SearchResults found = run(fullText(query, anyWord), parameters, false);
		return found.total() > 0 ? found : run(similar(query), parameters, true);
	}

	private Map<String, Object> parameters(Access access, SearchQuery query) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("lang", query.lang().code());
		parameters.put("visibilities", access.names());
		parameters.put("states", access.states());
		parameters.put("limit", query.limit());
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

	/** The translations of language {@code lang} (an SQL expression) a reader may see, with the filters. */
	private static String candidates(SearchQuery query, String lang, String match) {
		StringBuilder sql = new StringBuilder("""
				select t.article_id, t.lang, t.slug, t.title, t.summary, t.body, t.state, t.published_at, t.search,
				    t.folded, a.visibility, a.kind, a.category_code, %s
				from knowledge_translation t join knowledge_article a on a.id = t.article_id
				where t.lang = %s and t.state in (:states) and a.visibility in (:visibilities)
				""".formatted(match, lang));
		if (query.kind() != null) {
			sql.append(" and a.kind = :kind");
		}
		if (query.category() != null) {
			sql.append(" and a.category_code in (select code from knowledge_category where code = :category"
					+ " or parent_code = :category)");
		}
		if (query.product() != null) {
			sql.append(" and lower(a.product) = lower(:product)");
		}
		return sql.toString();
	}

	/**
	 * The reader's language, and English for articles that have no translation the reader may see in it;
	 * {@code own} and {@code english} are the select expression and the condition for each.
	 */
	private static String both(SearchQuery query, String[] own, String[] english) {
		String first = candidates(query, ":lang", own[0]) + own[1];
		if (query.lang() == Language.EN) {
			return first;
		}
		return first + "\nunion all\n" + candidates(query, "'en'", english[0]) + english[1] + " " + """
				and not exists (select 1 from knowledge_translation o where o.article_id = t.article_id
				     and o.lang = :lang and o.state in (:states))""";
	}

	private static String fullText(SearchQuery query, boolean anyWord) {
		String own = anyWord ? SearchLanguage.anyWord(query.lang(), ":q") : SearchLanguage.tsquery(query.lang(), ":q");
		String english = anyWord ? SearchLanguage.anyWord(Language.EN, ":q") : SearchLanguage.tsquery(Language.EN, ":q");
		String matches = both(query, new String[] { own + " as query", " and t.search @@ " + own },
				new String[] { english + " as query", " and t.search @@ " + english });
		return """
				with matches as (%s),
				ranked as (
				    select m.*, (case when ts_filter(m.search, '{a}') @@ m.query then 1 else 0 end)
				        + ts_rank_cd(m.search, m.query, 32) as score, count(*) over () as total
				    from matches m order by score desc, m.published_at desc nulls last, m.article_id limit :limit)
				select r.article_id, r.lang, r.slug, r.title, r.state, r.published_at, r.visibility, r.kind, r.category_code, r.score, r.total, ts_headline(%s, r.summary || ' … ' || r.body, r.query,
				    'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", StartSel=' || chr(2)
				    || ', StopSel=' || chr(3)) as snippet
				from ranked r order by r.score desc, r.published_at desc nulls last, r.article_id"""
			.formatted(matches, CONFIGURATION.formatted("r"));
	}

	private static String similar(SearchQuery query) {
		String[] condition = { "null::tsquery as query", " and knowledge_fold(:q) <% t.folded" };
		return """
				with matches as (%s)
				select m.article_id, m.lang, m.slug, m.title, m.state, m.published_at, m.visibility,
				    m.kind, m.category_code, word_similarity(knowledge_fold(:q), m.folded) as score, count(*) over () as total,
				    m.summary as snippet
				from matches m order by score desc, m.published_at desc nulls last, m.article_id limit :limit"""
			.formatted(both(query, condition, condition));
	}

	private static String newest(SearchQuery query) {
		String[] condition = { "null::tsquery as query", "" };
		return """
				with matches as (%s)
				select m.article_id, m.lang, m.slug, m.title, m.state, m.published_at, m.visibility,
				    m.kind, m.category_code, 0 as score, count(*) over () as total, m.summary as snippet
				from matches m order by m.published_at desc nulls last, m.article_id limit :limit"""
			.formatted(both(query, condition, condition));
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
		return new SearchResults(hits, total[0], approximate);
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
