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
 * The append-only log of security-relevant actions: sign-ins, failed sign-ins, role changes, tokens
 * issued and revoked. Entries are written in a transaction of their own, so a failed sign-in is
 * recorded even though the request that caused it fails.
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
				rs.getString("actor"), rs.getString("subject"), rs.getString("address"), rs.getString("detail"));
	}

	/** The remote address of this thread's HTTP request, or null outside one. */
	static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
