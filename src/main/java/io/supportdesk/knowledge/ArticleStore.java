package io.supportdesk.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.Language;

/** The writes of the knowledge base, and the rows they check: plain SQL over the module's tables. */
@Repository
class ArticleStore {

	private final JdbcClient jdbc;

	ArticleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertArticle(ArticleId id, ArticleDetails details, Instant at, UserId by) {
		jdbc.sql("""
				insert into knowledge_article (id, kind, visibility, category_code, product, tags, affected_versions,
				    issue_status, fixed_in, created_at, created_by, updated_at)
				values (:id, :kind, :visibility, :category, :product, :tags, :versions, :status, :fixedIn, :at, :by, :at)""")
			.param("id", id.value()).params(detailParameters(details)).param("at", Timestamp.from(at))
			.param("by", by.value()).update();
	}

	void updateArticle(ArticleId id, ArticleDetails details, Instant at) {
		jdbc.sql("""
				update knowledge_article set kind = :kind, visibility = :visibility, category_code = :category,
				    product = :product, tags = :tags, affected_versions = :versions, issue_status = :status,
				    fixed_in = :fixedIn, updated_at = :at, version = version + 1
				where id = :id""")
			.param("id", id.value()).params(detailParameters(details)).param("at", Timestamp.from(at)).update();
		jdbc.sql("""
				update knowledge_translation set visibility = :visibility, kind = :kind, category_code = :category,
				    product = :product
				where article_id = :id""")
			.param("id", id.value()).params(detailParameters(details)).update();
	}

	private java.util.Map<String, Object> detailParameters(ArticleDetails details) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("kind", details.kind().name());
		values.put("visibility", details.visibility().name());
		values.put("category", details.category());
		values.put("product", details.product());
		values.put("tags", details.tags().toArray(String[]::new));
		values.put("versions", details.affectedVersions().toArray(String[]::new));
		values.put("status", details.issueStatus() == null ? null : details.issueStatus().name());
		values.put("fixedIn", details.fixedIn());
		return values;
	}

	/** Locks the article's row for a change of it or its translations; empty if there is none. */
	Optional<ArticleDetails> lockArticle(ArticleId id) {
		return jdbc.sql("select * from knowledge_article where id = :id for update").param("id", id.value())
			.query((rs, n) -> details(rs)).optional();
	}

	static ArticleDetails details(ResultSet rs) throws SQLException {
		String status = rs.getString("issue_status");
		return new ArticleDetails(ArticleKind.valueOf(rs.getString("kind")), Visibility.valueOf(rs.getString("visibility")),
				rs.getString("category_code"), rs.getString("product"), strings(rs.getArray("tags")),
				strings(rs.getArray("affected_versions")), status == null ? null : IssueStatus.valueOf(status),
				rs.getString("fixed_in"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	boolean categoryExists(String code) {
		return jdbc.sql("select count(*) from knowledge_category where code = :code").param("code", code)
			.query(Long.class).single() > 0;
	}

	Optional<StoredTranslation> translation(ArticleId id, Language lang) {
		return jdbc.sql("select * from knowledge_translation where article_id = :id and lang = :lang")
			.param("id", id.value()).param("lang", lang.code())
			.query((rs, n) -> new StoredTranslation(id, lang, rs.getString("slug"), rs.getString("title"),
					rs.getString("summary"), rs.getString("body"), rs.getString("workaround"),
					TranslationState.valueOf(rs.getString("state")), instant(rs, "published_at"), rs.getInt("revision")))
			.optional();
	}

	/** Whether another article's translation in {@code lang} has this slug. */
	boolean slugTaken(Language lang, String slug, ArticleId except) {
		return jdbc.sql("select count(*) from knowledge_translation where lang = :lang and slug = :slug and article_id <> :id")
			.param("lang", lang.code()).param("slug", slug).param("id", except.value()).query(Long.class).single() > 0;
	}

	/** Writes the translation (new or changed) and records its text as a new revision. */
	void saveTranslation(StoredTranslation t, Instant at, UserId by) {
		jdbc.sql("""
				insert into knowledge_translation (article_id, lang, slug, title, summary, body, workaround, state,
				    published_at, updated_at, updated_by, revision, visibility, kind, category_code, product)
				select :id, :lang, :slug, :title, :summary, :body, :workaround, :state, :publishedAt, :at, :by, :revision,
				    a.visibility, a.kind, a.category_code, a.product
				from knowledge_article a where a.id = :id
				on conflict (article_id, lang) do update set slug = excluded.slug, title = excluded.title,
				    summary = excluded.summary, body = excluded.body, workaround = excluded.workaround,
				    state = excluded.state, published_at = excluded.published_at, updated_at = excluded.updated_at,
				    updated_by = excluded.updated_by, revision = excluded.revision""")
			.params(translationParameters(t)).param("at", Timestamp.from(at)).param("by", by.value()).update();
		jdbc.sql("""
				insert into knowledge_translation_version (article_id, lang, revision, title, summary, body, workaround,
				    state, recorded_at, recorded_by)
				values (:id, :lang, :revision, :title, :summary, :body, :workaround, :state, :at, :by)""")
			.params(translationParameters(t)).param("at", Timestamp.from(at)).param("by", by.value()).update();
		jdbc.sql("update knowledge_article set updated_at = :at where id = :id").param("at", Timestamp.from(at))
			.param("id", t.article().value()).update();
	}

	private java.util.Map<String, Object> translationParameters(StoredTranslation t) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("id", t.article().value());
		values.put("lang", t.lang().code());
		values.put("slug", t.slug());
		values.put("title", t.title());
		values.put("summary", t.summary());
		values.put("body", t.body());
		values.put("workaround", t.workaround());
		values.put("state", t.state().name());
		values.put("publishedAt", t.publishedAt() == null ? null : Timestamp.from(t.publishedAt()));
		values.put("revision", t.revision());
		return values;
	}

	/** Records a vote, replacing the user's earlier one on the same translation. */
	void vote(ArticleId id, Language lang, UserId user, boolean helpful, Instant at) {
		jdbc.sql("""
				insert into knowledge_vote (article_id, lang, user_id, helpful, voted_at) values (:id, :lang, :user, :helpful, :at)
				on conflict (article_id, lang, user_id) do update set helpful = excluded.helpful, voted_at = excluded.voted_at""")
			.param("id", id.value()).param("lang", lang.code()).param("user", user.value()).param("helpful", helpful)
			.param("at", Timestamp.from(at)).update();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}
}
