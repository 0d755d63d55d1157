package io.supportdesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/** The table of links between articles and cases ({@code knowledge_case_link}). */
@Repository
class CaseLinkStore {

	private final JdbcClient jdbc;

	CaseLinkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Links the two; false if they were linked already. */
	boolean insert(ArticleId article, CaseId caseId, Instant at, UserId by) {
		return jdbc.sql("""
				insert into knowledge_case_link (article_id, case_id, linked_at, linked_by) values (:article, :case, :at, :by)
				on conflict do nothing""")
			.param("article", article.value()).param("case", caseId.value())
			.param("at", java.sql.Timestamp.from(at)).param("by", by.value()).update() == 1;
	}

	/** Removes the link; false if there was none. */
	boolean delete(ArticleId article, CaseId caseId) {
		return jdbc.sql("delete from knowledge_case_link where article_id = :article and case_id = :case")
			.param("article", article.value()).param("case", caseId.value()).update() == 1;
	}

	long count(ArticleId article) {
		return jdbc.sql("select count(*) from knowledge_case_link where article_id = :article")
			.param("article", article.value()).query(Long.class).single();
	}

	/** The article's newest links first, at most {@code limit}. */
	List<Link> ofArticle(ArticleId article, int limit) {
		return jdbc.sql("""
				select article_id, case_id, linked_at from knowledge_case_link where article_id = :article
				order by linked_at desc, seq desc limit :limit""")
			.param("article", article.value()).param("limit", limit).query(CaseLinkStore::link).list();
	}

	/** The case's links, oldest first. */
	List<Link> ofCase(CaseId caseId) {
		return jdbc.sql("""
				select article_id, case_id, linked_at from knowledge_case_link where case_id = :case
				order by linked_at, seq""")
			.param("case", caseId.value()).query(CaseLinkStore::link).list();
	}

	private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Link(new ArticleId(rs.getObject("article_id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getTimestamp("linked_at").toInstant());
	}

	record Link(ArticleId article, CaseId caseId, Instant linkedAt) {
	}
}
