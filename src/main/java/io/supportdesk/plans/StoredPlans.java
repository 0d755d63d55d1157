package io.supportdesk.plans;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan codes and their versions (JSON documents) in PostgreSQL. */
@Repository
class StoredPlans {

	private final JdbcClient jdbc;

	StoredPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored version of one plan. */
	record Version(String code, Instant effectiveFrom, String document) {
	}

	boolean exists(String code) {
		return jdbc.sql("select exists (select 1 from plans_plan where code = :code)").param("code", code)
			.query(Boolean.class).single();
	}

	void insert(String code, Instant now) {
		jdbc.sql("insert into plans_plan (code, created_at) values (:code, :now)").param("code", code)
			.param("now", Timestamp.from(now)).update();
	}

	/** Adds a version (replacing one at the very same instant: the later edit wins) and counts the edit. */
	void putVersion(String code, Instant effectiveFrom, String document, String author, Instant now) {
		jdbc.sql("""
				insert into plans_plan_version (code, effective_from, document, created_at, created_by)
				values (:code, :from, cast(:document as jsonb), :now, :author)
				on conflict (code, effective_from) do update set document = excluded.document,
				created_at = excluded.created_at, created_by = excluded.created_by""")
			.param("code", code).param("from", Timestamp.from(effectiveFrom)).param("document", document)
			.param("now", Timestamp.from(now)).param("author", author).update();
		jdbc.sql("update plans_plan set revision = revision + 1 where code = :code").param("code", code).update();
	}

	/** Every version of every plan, oldest first. */
	List<Version> versions() {
		return jdbc.sql("select code, effective_from, document::text as document from plans_plan_version order by code, effective_from")
			.query((rs, n) -> new Version(rs.getString("code"), rs.getTimestamp("effective_from").toInstant(),
					rs.getString("document")))
			.list();
	}

	/** A number that changes with every edit of the catalogue (for caches). */
	long revision() {
		return jdbc.sql("select coalesce(sum(revision), 0) + count(*) from plans_plan").query(Long.class).single();
	}
}
