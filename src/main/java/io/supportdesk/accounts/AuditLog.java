package io.supportdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only log of security-relevant actions (sign-ins, failed sign-ins, tokens issued and
 * revoked) and of administrative changes (plans, calendars, roles, subscriptions, account managers,
 * e-mail domains). A security entry is written in a transaction of its own, so a failed sign-in is
 * recorded even though the request that caused it fails. An administrative change is written with its
 * state before and after, in the transaction of the change itself: a change that rolls back leaves no
 * entry, and no change commits without one.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action by {@code actor} (an e-mail address, or null for the system) on {@code subject}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditAction action, String actor, String subject, String detail) {
		jdbc.sql("""
				insert into accounts_audit_event (at, action, actor, subject, address, detail)
				values (:at, :action, :actor, :subject, :address, :detail)""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("action", action.name())
			.param("actor", actor)
			.param("subject", subject)
			.param("address", currentAddress())
			.param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)))
			.update();
	}

	/**
	 * Records an administrative change by {@code actor} to {@code subject} (e.g. {@code plan PREMIER}),
	 * with its state before (null when the change created it) and after, as JSON or text. It joins the
	 * caller's transaction, which must exist: the entry commits or rolls back with the change.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChange(AuditAction action, CurrentUser actor, String subject, String before, String after) {
		if (!action.administrative()) {
			throw new IllegalArgumentException(action + " is not an administrative change");
		}
		jdbc.sql("""
				insert into accounts_audit_event (at, action, actor, subject, address, before_state, after_state, category)
				values (:at, :action, :actor, :subject, :address, :before, :after, 'ADMIN')""")
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("action", action.name())
			.param("actor", actor == null ? null : actor.email())
			.param("subject", subject.substring(0, Math.min(subject.length(), 254)))
			.param("address", currentAddress())
			.param("before", before)
			.param("after", after)
			.update();
	}

	/** The newest administrative changes first, each with its state before and after. */
	@Transactional(readOnly = true)
	public List<AuditEntry> changes(int limit) {
		return jdbc.sql("select * from accounts_audit_event where category = 'ADMIN' order by id desc limit :limit")
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/** The newest entries first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit) {
		return jdbc.sql("select * from accounts_audit_event order by id desc limit :limit")
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/** The newest entries about one e-mail address (as subject or actor) first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> about(String emailAddress, int limit) {
		return jdbc.sql("select * from accounts_audit_event where lower(subject) = lower(:email)"
				+ " or lower(actor) = lower(:email) order by id desc limit :limit")
			.param("email", emailAddress)
			.param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getTimestamp("at").toInstant(), AuditAction.valueOf(rs.getString("action")),
				rs.getString("actor"), rs.getString("subject"), rs.getString("address"), rs.getString("detail"),
				rs.getString("before_state"), rs.getString("after_state"));
	}

	/** The remote address of this thread's HTTP request, or null outside one. */
	static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
