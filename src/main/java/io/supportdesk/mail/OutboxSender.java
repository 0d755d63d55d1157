package io.supportdesk.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mail: a batch of up to 50 at a time through one SMTP connection, the rows
 * locked ({@code FOR UPDATE SKIP LOCKED}) while they are sent, so that two instances never send the
 * same mail; the rows are marked sent in the same transaction. A refusal of the SMTP server leaves the mail queued for a later attempt,
 * the wait doubling each time, until {@link MailSettings#maxAttempts()}. A crash after the server
 * accepted a mail and before the commit sends it again on the next run, with the same Message-ID.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AtomicBoolean offReported = new AtomicBoolean();

	OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, MailSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends what is due now, batch after batch; returns how many mails the SMTP server accepted. */
	int sendDue() {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			if (offReported.compareAndSet(false, true)) {
				log.warn("Mail is off: no SMTP server is configured (SPRING_MAIL_HOST); mail stays queued in the outbox");
			}
			return 0;
		}
		int sent = 0;
		while (true) {
			int[] batch = transactions.execute(status -> sendBatch(smtp));
			sent += batch[0];
			if (batch[1] < BATCH) {
				return sent;
			}
		}
	}

	/** One batch in one transaction: {sent, picked}. */
	private int[] sendBatch(JavaMailSender smtp) {
		Instant now = clock.instant();
		List<Row> due = jdbc.sql("""
				select id, recipient, kind, subject, text_body, html_body, message_id, thread_id, attempts from mail_outbox
				where state = 'QUEUED' and next_attempt_at <= :now
				order by next_attempt_at, queued_at limit :batch for update skip locked""")
			.param("now", Timestamp.from(now)).param("batch", BATCH)
			.query((r, n) -> new Row(r.getObject("id", UUID.class), r.getString("recipient"),
					MailKind.valueOf(r.getString("kind")), r.getString("subject"), r.getString("text_body"),
					r.getString("html_body"), r.getString("message_id"), r.getString("thread_id"), r.getInt("attempts")))
			.list();
		// the batch goes through one SMTP connection; the server's refusals are told apart per message
		Map<MimeMessage, Row> messages = new LinkedHashMap<>();
		for (Row row : due) {
			try {
				messages.put(message(smtp, row), row);
			}
			catch (MessagingException unbuildable) {
				failed(row, unbuildable, now);
			}
		}
		Map<Object, Exception> refusals = Map.of();
		if (!messages.isEmpty()) {
			try {
				smtp.send(messages.keySet().toArray(new MimeMessage[0]));
			}
			catch (MailSendException refused) {
				refusals = refused.getFailedMessages();
				if (refusals.isEmpty()) { // refused as a whole (no connection): every message of the batch
					Map<Object, Exception> all = new java.util.HashMap<>();
					messages.keySet().forEach(message -> all.put(message, refused));
					refusals = all;
				}
			}
			catch (MailException refused) {
				Map<Object, Exception> all = new java.util.HashMap<>();
				messages.keySet().forEach(message -> all.put(message, refused));
				refusals = all;
			}
		}
		List<UUID> sent = new ArrayList<>();
		for (Map.Entry<MimeMessage, Row> message : messages.entrySet()) {
			Exception refused = refusals.get(message.getKey());
			if (refused == null) {
				sent.add(message.getValue().id());
			}
			else {
				failed(message.getValue(), refused, now);
			}
		}
		if (!sent.isEmpty()) {
			// a sent reset link is not kept: whoever reads the outbox later cannot use it
			jdbc.sql("update mail_outbox set state = 'SENT', attempts = attempts + 1, sent_at = :now, next_attempt_at = null,"
					+ " last_error = null, text_body = case when kind = 'PASSWORD_RESET' then '(erased once sent)' else text_body end,"
					+ " html_body = case when kind = 'PASSWORD_RESET' then null else html_body end where id in (:ids)").param("now", Timestamp.from(clock.instant()))
				.param("ids", sent).update();
		}
		return new int[] { sent.size(), due.size() };
	}

	private void failed(Row row, Exception refused, Instant now) {
		int attempts = row.attempts() + 1;
		boolean giveUp = attempts >= settings.maxAttempts();
		Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
		String error = String.valueOf(refused.getMessage());
		log.warn("Mail {} to {} refused (attempt {}): {}", row.messageId(), row.recipient(), attempts, error);
		jdbc.sql("update mail_outbox set state = :state, attempts = :attempts, next_attempt_at = :next, last_error = :error"
				+ " where id = :id")
			.param("state", giveUp ? DeliveryState.FAILED.name() : DeliveryState.QUEUED.name())
			.param("attempts", attempts)
			.param("next", giveUp ? null : Timestamp.from(now.plus(wait)))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", row.id())
			.update();
	}

	private MimeMessage message(JavaMailSender smtp, Row row) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		MimeMessageHelper mail = new MimeMessageHelper(message, row.html() != null, StandardCharsets.UTF_8.name());
		mail.setFrom(new InternetAddress(settings.address()));
		mail.setReplyTo(new InternetAddress(settings.address()));
		mail.setTo(row.recipient());
		mail.setSubject(row.subject());
		if (row.html() != null) {
			mail.setText(row.text(), row.html());
		}
		else {
			mail.setText(row.text());
		}
		// JavaMailSenderImpl keeps a Message-ID set before sending (saveChanges would invent one)
		message.setHeader("Message-ID", row.messageId());
		if (row.threadId() != null) {
			message.setHeader("In-Reply-To", row.threadId());
			message.setHeader("References", row.threadId());
		}
		if (row.kind().autoSubmitted() != null) {
			message.setHeader("Auto-Submitted", row.kind().autoSubmitted());
			message.setHeader("X-Auto-Response-Suppress", "All");
		}
		return message;
	}

	private record Row(UUID id, String recipient, MailKind kind, String subject, String text, String html,
			String messageId, String threadId, int attempts) {
	}
}
