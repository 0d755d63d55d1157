package io.supportdesk.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;

/** Each user's in-app notices: written by the listeners of this module, read by their recipient. */
@Service
@Transactional
public class NotificationInbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationInbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Delivers a notice (the same notice to the same user about the same case is delivered once). */
	void deliver(UserId user, String kind, UUID caseId, String text) {
		jdbc.sql("""
				insert into notifications_notification (id, user_id, at, kind, case_id, text)
				values (:id, :user, :at, :kind, :case, :text) on conflict do nothing""")
			.param("id", UUID.randomUUID()).param("user", user.value()).param("at", Timestamp.from(clock.instant()))
			.param("kind", kind).param("case", caseId).param("text", text).update();
	}

	/** The caller's notices, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> inbox(CurrentUser me) {
		return jdbc.sql("select * from notifications_notification where user_id = :user order by at desc limit 200")
			.param("user", me.id().value())
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("kind"), rs.getObject("case_id", UUID.class), rs.getString("text"),
					rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
			.list();
	}
}
