package io.supportdesk.calendars;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.shared.ChangeSignals;

/** The calendars and their versions in PostgreSQL; definitions travel as JSON text. */
@Repository
class StoredCalendars {

	private final JdbcClient jdbc;

	private final ChangeSignals signals;

	StoredCalendars(JdbcClient jdbc, ChangeSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	/** One stored version: from when, which definition (JSON). */
	record Version(Instant effectiveFrom, String definition) {
	}

	/** A calendar row. */
	record Row(UUID id, String name, boolean seeded) {
	}

	void insert(UUID id, String name, boolean seeded, Instant now) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("insert into calendars_calendar (id, name, seeded, created_at) values (:id, :name, :seeded, :now)")
			.param("id", id).param("name", name).param("seeded", seeded).param("now", Timestamp.from(now)).update();
	}

	void insertVersion(UUID id, Instant effectiveFrom, String definition, String author, Instant now) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("""
				insert into calendars_version (calendar_id, effective_from, definition, created_at, created_by)
				values (:id, :from, cast(:definition as jsonb), :now, :author)""")
			.param("id", id).param("from", Timestamp.from(effectiveFrom)).param("definition", definition)
			.param("now", Timestamp.from(now)).param("author", author).update();
	}

	void deleteVersion(UUID id, Instant effectiveFrom) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("delete from calendars_version where calendar_id = :id and effective_from = :from")
			.param("id", id).param("from", Timestamp.from(effectiveFrom)).update();
	}

	void rename(UUID id, String name) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("update calendars_calendar set name = :name where id = :id").param("id", id).param("name", name).update();
	}

	void retire(UUID id, Instant now) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("update calendars_calendar set retired_at = :now where id = :id")
			.param("id", id).param("now", Timestamp.from(now)).update();
	}

	/** An active (not retired) calendar. */
	Optional<Row> find(UUID id) {
		return jdbc.sql("select id, name, seeded from calendars_calendar where id = :id and retired_at is null")
			.param("id", id).query(Row.class).optional();
	}

	/** Any calendar, retired or not: SLA history keeps evaluating retired calendars. */
	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from calendars_calendar where id = :id)").param("id", id)
			.query(Boolean.class).single();
	}

	Optional<UUID> findByName(String name) {
		return jdbc.sql("select id from calendars_calendar where lower(name) = lower(:name) and retired_at is null")
			.param("name", name).query(UUID.class).optional();
	}

	List<Row> all() {
		return jdbc.sql("select id, name, seeded from calendars_calendar where retired_at is null order by lower(name)")
			.query(Row.class).list();
	}

	/** The versions of a calendar, oldest first. */
	List<Version> versions(UUID id) {
		return jdbc.sql("""
				select effective_from, definition::text as definition from calendars_version
				where calendar_id = :id order by effective_from""")
			.param("id", id)
			.query((rs, n) -> new Version(rs.getTimestamp("effective_from").toInstant(), rs.getString("definition")))
			.list();
	}

	/** Counts an edit of the calendar; caches of its arithmetic compare this number. */
	void touch(UUID id) {
		signals.changing(ChangeSignals.Topic.CALENDARS);
		jdbc.sql("update calendars_calendar set revision = revision + 1 where id = :id").param("id", id).update();
	}

	/** The calendar's edit count (retired calendars included), if it exists. */
	Optional<Long> revision(UUID id) {
		return jdbc.sql("select revision from calendars_calendar where id = :id").param("id", id).query(Long.class)
			.optional();
	}

	/** The effective instant of the latest version. */
	Optional<Instant> latestVersion(UUID id) {
		return jdbc.sql("select max(effective_from) from calendars_version where calendar_id = :id")
			.param("id", id).query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}
}
