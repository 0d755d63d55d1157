package io.supportdesk.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;

/** The stored chats and their messages (plain SQL: a chat's sequence comes from its locked row). */
@Repository
class Chats {

	/** A chat row as stored. */
	record Row(UUID id, UUID organisationId, UUID customerId, String topic, String language, String product,
			Integer severity, boolean priority, ChatState state, Instant startedAt, UUID offeredTo, int offerNumber,
			UUID agentId, Instant acceptedAt, Instant closedAt, UUID caseId, int lastSeq) {

		OrganisationId organisation() {
			return new OrganisationId(organisationId);
		}
	}

	private static final String COLUMNS = "id, organisation_id, customer_id, topic, language, product, severity, priority,"
			+ " state, started_at, offered_to, offer_number, agent_id, accepted_at, closed_at, case_id, last_seq";

	private final JdbcClient jdbc;

	Chats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("insert into chat_session (" + COLUMNS + ") values (:id, :org, :customer, :topic, :language, :product,"
				+ " :severity, :priority, :state, :started, null, 0, null, null, null, null, 0)")
			.param("id", row.id()).param("org", row.organisationId()).param("customer", row.customerId())
			.param("topic", row.topic()).param("language", row.language()).param("product", row.product())
			.param("severity", row.severity()).param("priority", row.priority()).param("state", row.state().name())
			.param("started", Timestamp.from(row.startedAt())).update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from chat_session where id = :id").param("id", id).query(Chats::row).optional();
	}

	Optional<Row> findForUpdate(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from chat_session where id = :id for update").param("id", id)
			.query(Chats::row).optional();
	}

	List<Row> ofOrganisation(UUID organisation) {
		return jdbc.sql("select " + COLUMNS + " from chat_session where organisation_id = :org order by started_at desc limit 200")
			.param("org", organisation).query(Chats::row).list();
	}

	List<Row> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from chat_session order by started_at desc limit :limit").param("limit", limit)
			.query(Chats::row).list();
	}

	/** The chats waiting or offered, in queue order: priority queueing first, then the longest waiting. */
	List<Row> queue() {
		return jdbc.sql("select " + COLUMNS + " from chat_session where state in ('WAITING', 'OFFERED')"
				+ " order by priority desc, started_at, id").query(Chats::row).list();
	}

	List<Row> activeOf(UUID agent) {
		return jdbc.sql("select " + COLUMNS + " from chat_session where state in ('OFFERED', 'ACTIVE')"
				+ " and (agent_id = :agent or offered_to = :agent) order by started_at").param("agent", agent)
			.query(Chats::row).list();
	}

	void accept(UUID id, UUID agent, Instant at) {
		jdbc.sql("update chat_session set state = 'ACTIVE', agent_id = :agent, accepted_at = :at, offered_to = null,"
				+ " offer_deadline = null where id = :id").param("id", id).param("agent", agent).param("at", Timestamp.from(at))
			.update();
		jdbc.sql("update chat_offer set outcome = 'ACCEPTED' where chat_id = :id and agent_id = :agent").param("id", id)
			.param("agent", agent).update();
	}

	void close(UUID id, Instant at) {
		jdbc.sql("update chat_session set state = 'CLOSED', closed_at = :at, offered_to = null, offer_deadline = null"
				+ " where id = :id").param("id", id).param("at", Timestamp.from(at)).update();
	}

	void linkCase(UUID id, CaseId caseId) {
		jdbc.sql("update chat_session set case_id = :case where id = :id").param("id", id).param("case", caseId.value()).update();
	}

	Optional<ChatMessage> messageByClientId(UUID chat, String clientId) {
		return jdbc.sql(MESSAGE + " where m.chat_id = :chat and m.client_id = :client").param("chat", chat)
			.param("client", clientId).query(Chats::message).optional();
	}

	/** Appends a message to a chat whose row the caller holds locked; returns its sequence number. */
	int append(UUID chat, int lastSeq, String clientId, UserId author, String authorName, boolean staff, String body,
			Instant at) {
		int seq = lastSeq + 1;
		jdbc.sql("insert into chat_message (chat_id, seq, client_id, author_id, author_name, staff, body, at)"
				+ " values (:chat, :seq, :client, :author, :name, :staff, :body, :at)").param("chat", chat).param("seq", seq)
			.param("client", clientId).param("author", author.value()).param("name", authorName).param("staff", staff)
			.param("body", body)
			.param("at", Timestamp.from(at)).update();
		jdbc.sql("update chat_session set last_seq = :seq where id = :chat").param("seq", seq).param("chat", chat).update();
		return seq;
	}

	Optional<ChatMessage> message(UUID chat, int seq) {
		return jdbc.sql(MESSAGE + " where m.chat_id = :chat and m.seq = :seq").param("chat", chat).param("seq", seq)
			.query(Chats::message).optional();
	}

	List<ChatMessage> messagesAfter(UUID chat, int seq) {
		return jdbc.sql(MESSAGE + " where m.chat_id = :chat and m.seq > :seq order by m.seq").param("chat", chat)
			.param("seq", seq).query(Chats::message).list();
	}

	void markRead(UUID chat, UUID user, int seq) {
		jdbc.sql("insert into chat_read_marker (chat_id, user_id, seq) values (:chat, :user, :seq)"
				+ " on conflict (chat_id, user_id) do update set seq = greatest(chat_read_marker.seq, excluded.seq)")
			.param("chat", chat).param("user", user).param("seq", seq).update();
	}

	/** Tells every node (after commit: PostgreSQL delivers a notification when its transaction commits). */
	void notifyNodes(String payload) {
		jdbc.sql("select pg_notify('" + ChatFanOut.CHANNEL + "', :payload)").param("payload", payload).query(rs -> {
			});
	}

	private static final String MESSAGE = "select m.chat_id, m.seq, m.client_id, m.author_id, m.author_name, m.staff, m.body, m.at,"
			+ " a.id, a.filename, a.content_type, a.size_bytes"
			+ " from chat_message m left join chat_attachment a on a.chat_id = m.chat_id and a.seq = m.seq";

	private static ChatMessage message(ResultSet rs, int n) throws SQLException {
		UUID chat = rs.getObject(1, UUID.class);
		UUID file = rs.getObject(9, UUID.class);
		ChatMessage.Attachment attachment = file == null ? null : new ChatMessage.Attachment(file, rs.getString(10),
				rs.getString(11), rs.getLong(12), "/api/chats/" + chat + "/attachments/" + file);
		return new ChatMessage(chat, rs.getInt(2), rs.getString(3), new UserId(rs.getObject(4, UUID.class)),
				rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant(), attachment);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getString("topic"), rs.getString("language"),
				rs.getString("product"), (Integer) rs.getObject("severity"), rs.getBoolean("priority"),
				ChatState.valueOf(rs.getString("state")), rs.getTimestamp("started_at").toInstant(),
				rs.getObject("offered_to", UUID.class), rs.getInt("offer_number"), rs.getObject("agent_id", UUID.class),
				instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("closed_at")),
				rs.getObject("case_id", UUID.class), rs.getInt("last_seq"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
