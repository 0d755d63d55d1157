package io.supportdesk.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.mail.MailKind;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.mail.OutboundMail;
import io.supportdesk.shared.InstantText;
import io.supportdesk.shared.PublicUrl;

/**
 * Each user's in-app notices: written by the listeners of this module, read by their recipient in
 * their own language and time zone.
 */
@Service
@Transactional
public class NotificationInbox {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final PublicUrl publicUrl;

	NotificationInbox(JdbcClient jdbc, MessageSource messages, Clock clock, AccountManagement accounts,
			MailOutbox outbox, @Value(PublicUrl.PROPERTY) String publicUrl) {
		this.publicUrl = new PublicUrl(publicUrl);
		this.accounts = accounts;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Delivers a notice, in the app and by mail (in the reader's language and zone). Idempotent: the same
	 * notice (kind, case, metric, share and due instant) to the same user is delivered once, however
	 * often its event is delivered. Must run in a transaction (the mail goes into the outbox with it).
	 */
	void deliver(UserId user, Notice notice) {
		deliver(user, notice, null);
	}

	/** Delivers a notice whose mail also carries {@code action} (a line with a link), which the app's copy does not. */
	void deliver(UserId user, Notice notice, String action) {
		String metric = notice.metric() == null ? null : notice.metric().name();
		String canonical = text(notice.kind(), notice.caseView().reference().toString(), notice.caseView().subject(),
				metric, notice.percent(), notice.dueAt(), ZoneOffset.UTC, Locale.ENGLISH);
		jdbc.sql("""
				insert into notifications_notification (id, user_id, at, kind, case_id, text, reference, subject, metric,
				  percent, due_at)
				values (:id, :user, :at, :kind, :case, :text, :reference, :subject, :metric, :percent, :due)
				on conflict do nothing""")
			.param("id", UUID.randomUUID()).param("user", user.value()).param("at", Timestamp.from(clock.instant()))
			.param("kind", notice.kind().name()).param("case", notice.caseView().id().value()).param("text", canonical)
			.param("reference", notice.caseView().reference().toString()).param("subject", notice.caseView().subject())
			.param("metric", notice.metric() == null ? null : notice.metric().name()).param("percent", notice.percent())
			.param("due", Timestamp.from(notice.dueAt())).update();
		accounts.findUser(user).filter(UserSummary::enabled).ifPresent(reader -> {
			Locale locale = reader.language().locale();
			String notified = text(notice.kind(), notice.caseView().reference().toString(), notice.caseView().subject(),
					metric, notice.percent(), notice.dueAt(), reader.timeZone(), locale);
			String text = action == null ? notified
					: notified + "\n\n" + messages.getMessage("notifications.action." + notice.kind().name(), new Object[] { action },
							locale);
			outbox.enqueue(new OutboundMail(
					"notice:" + notice.kind() + ":" + notice.caseView().id() + ":" + notice.metric() + ":" + notice.percent()
							+ ":" + notice.dueAt(),
					reader.email(), notice.caseView().id(),
					switch (notice.kind()) {
						case ASSIGNED -> MailKind.ASSIGNMENT;
						case PAGED -> MailKind.PAGE;
						default -> MailKind.SLA_NOTICE;
					}, "[" + notice.caseView().reference() + "] " + notified, text, CaseMail.html(text)));
		});
	}

	/**
	 * Delivers a notice about something other than a case (a product release, a suggestion's new status), in
	 * the app and by mail, once per user and topic however often its event is delivered. Must run in a
	 * transaction.
	 */
	void deliver(UserId user, Topic topic) {
		String canonical = text(topic.kind(), topic.reference(), topic.subject(), topic.detail(), null, topic.at(),
				ZoneOffset.UTC, Locale.ENGLISH);
		jdbc.sql("""
				insert into notifications_notification (id, user_id, at, kind, case_id, text, reference, subject, metric, due_at)
				values (:id, :user, :at, :kind, :about, :text, :reference, :subject, :detail, :due)
				on conflict do nothing""")
			.param("id", UUID.randomUUID()).param("user", user.value()).param("at", Timestamp.from(clock.instant()))
			.param("kind", topic.kind().name()).param("about", topic.id()).param("text", canonical)
			.param("reference", topic.reference()).param("subject", topic.subject()).param("detail", topic.detail())
			.param("due", Timestamp.from(topic.at())).update();
		accounts.findUser(user).filter(UserSummary::enabled).ifPresent(reader -> {
			Locale locale = reader.language().locale();
			String notified = text(topic.kind(), topic.reference(), topic.subject(), topic.detail(), null, topic.at(),
					reader.timeZone(), locale);
			String text = topic.body() == null || topic.body().isBlank() ? notified : notified + "\n\n" + topic.body();
			String link = messages.getMessage("notifications.link", new Object[] { publicUrl.link(topic.link()) }, locale);
			outbox.enqueue(new OutboundMail("notice:" + topic.kind() + ":" + topic.id() + ":" + topic.detail() + ":" + topic.at(),
					reader.email(), null, topic.kind() == NoticeKind.NEW_VERSION ? MailKind.NEW_VERSION : MailKind.SUGGESTION_UPDATE,
					notified, text + "\n\n" + link, CaseMail.html(text + "\n\n" + link)));
		});
	}

	/** The caller's notices, newest first (the latest 200). */
	@Transactional(readOnly = true)
	public List<Notification> inbox(CurrentUser me) {
		Locale locale = Locale.forLanguageTag(me.language().code());
		return jdbc.sql("select * from notifications_notification where user_id = :user order by at desc limit 200")
			.param("user", me.id().value())
			.query((rs, n) -> notification(rs, me.timeZone(), locale, me.isStaff() ? "/console" : "/portal"))
			.list();
	}

	/** How many of the caller's notices are unread. */
	@Transactional(readOnly = true)
	public int unread(CurrentUser me) {
		return jdbc.sql("select count(*) from notifications_notification where user_id = :user and read_at is null")
			.param("user", me.id().value()).query(Integer.class).single();
	}

	/** Marks all of the caller's notices read. */
	public void markAllRead(CurrentUser me) {
		jdbc.sql("update notifications_notification set read_at = :now where user_id = :user and read_at is null")
			.param("now", Timestamp.from(clock.instant())).param("user", me.id().value()).update();
	}

	private Notification notification(ResultSet rs, ZoneId zone, Locale locale, String shell) throws SQLException {
		NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
		Timestamp due = rs.getTimestamp("due_at");
		Timestamp read = rs.getTimestamp("read_at");
		String metric = rs.getString("metric");
		Integer percent = rs.getObject("percent", Integer.class);
		String text = metric == null && kind.aboutCase() && kind != NoticeKind.ASSIGNED && kind != NoticeKind.PAGED ? rs.getString("text") // written before notices kept their facts
				: text(kind, rs.getString("reference"), rs.getString("subject"), metric, percent, due.toInstant(), zone,
						locale);
		UUID about = rs.getObject("case_id", UUID.class);
		String link = about == null ? null : shell + switch (kind) {
			case NEW_VERSION -> "/downloads/";
			case SUGGESTION_STATUS -> "/suggestions/";
			default -> "/cases/";
		} + about;
		return new Notification(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), kind,
				kind.aboutCase() ? about : null, rs.getString("reference"), metric, percent,
				due == null ? null : due.toInstant(), text, read == null ? null : read.toInstant(), link);
	}

	private String text(NoticeKind kind, String reference, String subject, String metric, Integer percent, Instant due,
			ZoneId zone, Locale locale) {
		String what = metric == null ? "" : messages.getMessage("notifications.metric." + metric, null, locale);
		return messages.getMessage("notifications." + kind.name(),
				new Object[] { what, reference, subject, percent == null ? "" : percent.toString(),
						InstantText.format(due, zone, locale) },
				locale);
	}
}
