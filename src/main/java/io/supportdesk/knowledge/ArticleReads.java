package io.supportdesk.knowledge;

import static io.supportdesk.knowledge.ArticleStore.instant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.shared.Language;

/**
 * Reading articles, always through an {@link Access}: a translation the reader may not see is not
 * there, and neither is an article none of whose translations they may see.
 */
@Repository
class ArticleReads {

	private final JdbcClient jdbc;

	ArticleReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The article in {@code requested}, else in English (marked as a fallback), else — for staff, who
	 * may open every draft — in any language it has.
	 */
	Optional<ArticleView> article(Access access, ArticleId id, Language requested) {
		List<Translated> visible = jdbc.sql("""
				select a.*, t.lang, t.slug, t.title, t.summary, t.body, t.workaround, t.state, t.published_at,
				    t.updated_at as translation_updated_at, t.revision
				from knowledge_article a join knowledge_translation t on t.article_id = a.id
				where a.id = :id and a.visibility in (:visibilities) and t.state in (:states)
				order by case t.lang when 'en' then 0 when 'de' then 1 when 'fr' then 2 else 3 end""")
			.param("id", id.value()).param("visibilities", access.names()).param("states", access.states())
			.query((rs, n) -> new Translated(ArticleStore.details(rs), Language.ofCode(rs.getString("lang")).orElseThrow(),
					rs.getString("slug"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
					rs.getString("workaround"), TranslationState.valueOf(rs.getString("state")),
					instant(rs, "published_at"), instant(rs, "translation_updated_at"), rs.getInt("revision")))
			.list();
		Optional<Translated> shown = visible.stream().filter(t -> t.lang() == requested).findFirst()
			.or(() -> visible.stream().filter(t -> t.lang() == Language.EN).findFirst())
			.or(() -> access.staff() ? visible.stream().findFirst() : Optional.empty());
		return shown.map(t -> view(id, t, requested, visible));
	}

	/** The article whose translation in {@code lang} (else in English) has this address. */
	Optional<ArticleId> bySlug(Language lang, String slug) {
		return jdbc.sql("""
				select article_id from knowledge_translation where slug = :slug and lang in (:lang, 'en')
				order by case when lang = :lang then 0 else 1 end limit 1""")
			.param("slug", slug).param("lang", lang.code()).query(UUID.class).optional().map(ArticleId::new);
	}

	private ArticleView view(ArticleId id, Translated shown, Language requested, List<Translated> visible) {
		ArticleDetails d = shown.details();
		Map<String, Object> votes = jdbc.sql("""
				select count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
				from knowledge_vote where article_id = :id and lang = :lang""")
			.param("id", id.value()).param("lang", shown.lang().code()).query().singleRow();
		List<ArticleView.TranslationRef> languages = visible.stream()
			.map(t -> new ArticleView.TranslationRef(t.lang(), t.slug(), t.state())).toList();
		return new ArticleView(id, d.kind(), d.visibility(), d.category(), d.product(), d.tags(), d.affectedVersions(),
				d.issueStatus(), d.fixedIn(), shown.lang(), requested, shown.lang() != requested, shown.slug(),
				shown.title(), shown.summary(), shown.body(), shown.workaround(), shown.state(), shown.publishedAt(),
				shown.updatedAt(), shown.revision(), languages, ((Number) votes.get("yes")).longValue(),
				((Number) votes.get("no")).longValue());
	}

	/** The category tree in its order, each with the number of articles the reader may see in it. */
	List<CategoryView> categories(Access access, Language lang) {
		return jdbc.sql("""
				select c.code, c.parent_code, c.name_%s as name,
				    (select count(*) from knowledge_article a where a.category_code = c.code
				        and a.visibility in (:visibilities)
				        and exists (select 1 from knowledge_translation t where t.article_id = a.id and t.state in (:states)))
				        as articles
				from knowledge_category c order by c.position""".formatted(lang.code()))
			.param("visibilities", access.names()).param("states", access.states())
			.query((rs, n) -> new CategoryView(rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
					rs.getLong("articles")))
			.list();
	}

	/** The newest articles for the staff's list, each with its translations. */
	List<ArticleRow> newest(int limit) {
		Map<UUID, List<ArticleView.TranslationRef>> translations = new LinkedHashMap<>();
		Map<UUID, String> titles = new LinkedHashMap<>();
		List<UUID> ids = new ArrayList<>();
		Map<UUID, ArticleRow> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select a.*, t.lang, t.slug, t.state, t.title from
				    (select * from knowledge_article order by updated_at desc limit :limit) a
				left join knowledge_translation t on t.article_id = a.id
				order by a.updated_at desc, case t.lang when 'en' then 0 when 'de' then 1 when 'fr' then 2 else 3 end""")
			.param("limit", limit).query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (!rows.containsKey(id)) {
					ids.add(id);
					ArticleDetails d = ArticleStore.details(rs);
					rows.put(id, new ArticleRow(new ArticleId(id), d.kind(), d.visibility(), d.category(), null, List.of(),
							instant(rs, "updated_at")));
					translations.put(id, new ArrayList<>());
				}
				if (rs.getString("lang") != null) {
					translations.get(id).add(new ArticleView.TranslationRef(Language.ofCode(rs.getString("lang")).orElseThrow(),
							rs.getString("slug"), TranslationState.valueOf(rs.getString("state"))));
					titles.putIfAbsent(id, rs.getString("title"));
				}
			});
		return ids.stream().map(id -> {
			ArticleRow row = rows.get(id);
			return new ArticleRow(row.id(), row.kind(), row.visibility(), row.category(), titles.get(id),
					translations.get(id), row.updatedAt());
		}).toList();
	}

	/** Every saved text of the translation, oldest first. */
	List<Saved> versions(ArticleId id, Language lang) {
		return jdbc.sql("""
				select * from knowledge_translation_version where article_id = :id and lang = :lang order by revision""")
			.param("id", id.value()).param("lang", lang.code())
			.query((rs, n) -> new Saved(rs.getInt("revision"), TranslationState.valueOf(rs.getString("state")),
					rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("workaround"),
					instant(rs, "recorded_at"), new io.supportdesk.accounts.UserId(ArticleStore.uuid(rs, "recorded_by"))))
			.list();
	}

	record Saved(int revision, TranslationState state, String title, String summary, String body, String workaround,
			java.time.Instant recordedAt, io.supportdesk.accounts.UserId recordedBy) {
	}

	private record Translated(ArticleDetails details, Language lang, String slug, String title, String summary,
			String body, String workaround, TranslationState state, java.time.Instant publishedAt,
			java.time.Instant updatedAt, int revision) {
	}
}
