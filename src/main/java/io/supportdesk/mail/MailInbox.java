package io.supportdesk.mail;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.cases.CaseId;

/** What the mail channel read: the quarantine for staff, and which cases mail opened. */
@Service
public class MailInbox {

	private final JdbcClient jdbc;

	MailInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open quarantine, newest first (the latest 200). */
	@Transactional(readOnly = true)
	public List<Quarantined> quarantine() {
		return jdbc.sql("""
				select id, sender, subject, reason, received_at, octet_length(raw) as size from mail_quarantine
				where state = 'OPEN' order by received_at desc limit 200""")
			.query((row, n) -> new Quarantined(row.getObject("id", java.util.UUID.class), row.getString("sender"),
					row.getString("subject"), row.getString("reason"), row.getTimestamp("received_at").toInstant(),
					row.getInt("size")))
			.list();
	}

	/** The cases opened by a message of the support mailbox, by the message's key (Message-ID). */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseId> caseOf(String messageKey) {
		return jdbc.sql("select case_id from mail_inbound where message_key = :key and case_id is not null limit 1")
			.param("key", messageKey).query(java.util.UUID.class).optional().map(CaseId::new);
	}
}
