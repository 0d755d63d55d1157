package io.supportdesk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * A fingerprint of every application table's content, to prove that a refused request wrote nothing.
 * The audit log, sign-in throttling, the web sessions and rate limits, the event registry and Flyway's history are left out: they
 * record that a request happened, not what it asked for; so is the mail (outbox, inbound record,
 * quarantine), which the sender and the reader update in the background as they deliver and read
 * earlier tests' mail.
 */
public final class DatabaseSnapshot {

	private static final List<String> IGNORED = List.of("accounts_audit_event", "accounts_login_failure",
			"accounts_web_session", "accounts_web_session_attributes", "web_rate_limit_bucket",
			"event_publication", "flyway_schema_history", "mail_outbox", "mail_inbound", "mail_quarantine");

	/**
	 * Of the schedulers' table, what a request can ask for: which tasks exist, with which data and
	 * when due — not the scheduler's own bookkeeping (picked, heartbeats, version), which moves with
	 * time (the recurring event-retry task, for one).
	 */
	private static final String TIMERS = "(select task_name, task_instance, task_data, execution_time from scheduled_tasks"
			+ " where task_name not in ('event-publication-retry', 'mail-outbox', 'mail-inbound'))";

	private DatabaseSnapshot() {
	}

	/**
	 * Holds the SLA timers (the test context's db-scheduler) while {@code work} runs, so that no timer
	 * firing in the background — a warning written to {@code sla_notice}, a timer removed — changes a
	 * fingerprint taken around a request.
	 */
	public static void withTimersHeld(Scheduler scheduler, Runnable work) {
		scheduler.pause();
		try {
			Awaitility.await().atMost(Duration.ofSeconds(30))
				.until(() -> scheduler.getCurrentlyExecuting().isEmpty());
			work.run();
		}
		finally {
			scheduler.resume();
		}
	}

	public static Map<String, String> take(JdbcClient jdbc) {
		Map<String, String> fingerprints = new TreeMap<>();
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
		for (String table : tables) {
			if (!IGNORED.contains(table)) {
				fingerprints.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from "
						+ ("scheduled_tasks".equals(table) ? TIMERS : table) + " t").query(String.class).single());
			}
		}
		return fingerprints;
	}
}
