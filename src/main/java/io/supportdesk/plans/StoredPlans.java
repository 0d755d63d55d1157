package io.supportdesk.plans;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan codes, their revisions and their versions (JSON documents) in PostgreSQL. */
@Repository
class StoredPlans {

	private final JdbcClient jdbc;

	StoredPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored version of one plan, with the plan's revision as of the same read. */
	record Version(String code, Instant effectiveFrom, String document, Instant createdAt, String createdBy,
			long revision) {
	}

	boolean exists(String code) {
		return jdbc.sql("select exists (select 1 from plans_plan where code = :code)").param("code", code)
			.query(Boolean.class).single();
	}

	void insert(String code, Instant now) {
		jdbc.sql("insert into plans_plan (code, created_at) values (:code, :now)").param("code", code)
			.param("now", Timestamp.from(now)).update();
	}

	/**
	 * Counts an edit of the plan, locking its row until the transaction ends; with an expected revision,
	 * only if the plan is still at it. Whether the edit may go ahead.
	 */
	boolean countEdit(String code, Long expectedRevision) {
		if (expectedRevision == null) {
			return jdbc.sql("update plans_plan set revision = revision + 1 where code = :code").param("code", code)
				.update() == 1;
		}
		return jdbc.sql("update plans_plan set revision = revision + 1 where code = :code and revision = :expected")
			.param("code", code).param("expected", expectedRevision).update() == 1;
	}

	/** The instant the plan's latest version is effective from. */
	Instant latestVersion(String code) {
		return jdbc.sql("select max(effective_from) from plans_plan_version where code = :code").param("code", code)
			.query(Timestamp.class).single().toInstant();
	}

	/** Adds a version (replacing one at the very same instant: the later edit wins). */
	void putVersion(String code, Instant effectiveFrom, String document, String author, Instant now) {
		jdbc.sql("""
				insert into plans_plan_version (code, effective_from, document, created_at, created_by)
				values (:code, :from, cast(:document as jsonb), :now, :author)
				on conflict (code, effective_from) do update set document = excluded.document,
				created_at = excluded.created_at, created_by = excluded.created_by""")
			.param("code", code).param("from", Timestamp.from(effectiveFrom)).param("document", document)
			.param("now", Timestamp.from(now)).param("author", author).update();
	}

	/** Every version of every plan, oldest first, in one read (so versions and revisions agree). */
	List<Version> versions() {
		return jdbc.sql("""
				select v.code, v.effective_from, v.document::text as document, v.created_at, v.created_by, p.revision
				from plans_plan_version v join plans_plan p on p.code = v.code
				order by v.code, v.effective_from""")
			.query((rs, n) -> new Version(rs.getString("code"), rs.getTimestamp("effective_from").toInstant(),
					rs.getString("document"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
					rs.getLong("revision")))
			.list();
	}

	/** A number that changes with every edit of the catalogue (for caches). */
	long revision() {
		return jdbc.sql("select coalesce(sum(revision), 0) + count(*) from plans_plan").query(Long.class).single();
	}
}
