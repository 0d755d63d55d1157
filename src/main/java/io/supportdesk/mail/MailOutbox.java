package io.supportdesk.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.cases.CaseId;

/**
 * The outbox every outbound mail goes through. {@link #enqueue} stores the mail in the caller's
 * transaction (it requires one): if that transaction rolls back, no mail goes out; once it commits,
 * the mail is sent by {@code OutboxSender} — after a failure again with backoff, after a crash on the
 * next start, never twice for the same cause and recipient. Every mail of a case names the case's
 * thread in {@code In-Reply-To} and {@code References}, so that mail clients put them together.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, MailSettings settings, ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Stores {@code mail} to be sent after the caller's transaction commits. Returns false, storing
	 * nothing, when a mail with the same cause went to the same recipient already (an event delivered
	 * again).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutboundMail mail) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		DeliveryState state = mail.kind().automaticAnswer() && overAutoReplyLimit(mail.recipient(), now)
				? DeliveryState.SUPPRESSED : DeliveryState.QUEUED;
		return jdbc.sql("""
				insert into mail_outbox (id, cause, recipient, case_id, kind, subject, text_body, html_body, message_id,
				    thread_id, state, attempts, next_attempt_at, queued_at)
				values (:id, :cause, :recipient, :caseId, :kind, :subject, :text, :html, :messageId, :threadId, :state, 0,
				    :next, :now)
				on conflict (cause, recipient) do nothing""")
			.param("id", id).param("cause", mail.cause()).param("recipient", mail.recipient().strip())
			.param("caseId", mail.caseId() == null ? null : mail.caseId().value())
			.param("kind", mail.kind().name()).param("subject", mail.subject().length() > 500 ? mail.subject().substring(0, 499) + "…" : mail.subject()).param("text", mail.text())
			.param("html", mail.html()).param("messageId", "<" + id + "@" + settings.domain() + ">")
			.param("threadId", mail.caseId() == null ? null : threadOf(mail.caseId()))
			.param("state", state.name()).param("next", state == DeliveryState.QUEUED ? Timestamp.from(now) : null)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Whether the recipient had as many automatic answers as they may within the window. Two
	 * transactions answering the same address take turns (a transaction-scoped advisory lock on it), so
	 * two instances cannot both send the one too many.
	 */
	private boolean overAutoReplyLimit(String recipient, Instant now) {
		String address = recipient.strip().toLowerCase(java.util.Locale.ROOT);
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('mail-auto-reply:' || :address))) locked")
			.param("address", address).query(Integer.class).single();
		int recent = jdbc.sql("""
				select count(*) from mail_outbox where lower(recipient) = :address and kind = :kind
				  and state <> 'SUPPRESSED' and queued_at > :since""")
			.param("address", address).param("kind", MailKind.ACKNOWLEDGEMENT.name())
			.param("since", Timestamp.from(now.minus(settings.autoReplyWindow()))).query(Integer.class).single();
		return recent >= settings.autoRepliesPerRecipient();
	}

	/** The Message-ID every mail about a case refers to, so that they thread as one conversation. */
	public String threadOf(CaseId caseId) {
		return "<case-" + caseId.value() + "@" + settings.domain() + ">";
	}

	/** Whether mail is sent at all (an SMTP server is configured, or the demo's embedded one runs). */
	public boolean sending() {
		return sender.getIfAvailable() != null;
	}

	/** The mail of one case, oldest first (for staff). */
	@Transactional(readOnly = true)
	public List<Delivery> ofCase(CaseId caseId) {
		return jdbc.sql("select * from mail_outbox where case_id = :caseId order by queued_at, recipient")
			.param("caseId", caseId.value()).query(MailOutbox::delivery).list();
	}

	/**
	 * The newest mail, newest first (the console's delivery log); {@code search}, when given, keeps the
	 * mail whose recipient or subject contains it (case-insensitively).
	 */
	@Transactional(readOnly = true)
	public List<Delivery> recent(String search, int limit) {
		String like = search == null || search.isBlank() ? null
				: "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select * from mail_outbox where cast(:like as text) is null or lower(recipient) like :like"
				+ " or lower(subject) like :like order by queued_at desc, recipient limit :limit")
			.param("like", like).param("limit", limit).query(MailOutbox::delivery).list();
	}

	private static Delivery delivery(ResultSet row, int number) throws SQLException {
		UUID caseId = row.getObject("case_id", UUID.class);
		return new Delivery(row.getString("message_id"), caseId == null ? null : new CaseId(caseId),
				row.getString("recipient"), MailKind.valueOf(row.getString("kind")), row.getString("subject"),
				DeliveryState.valueOf(row.getString("state")), row.getInt("attempts"), instant(row, "queued_at"),
				instant(row, "next_attempt_at"), instant(row, "sent_at"), row.getString("last_error"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp at = row.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
