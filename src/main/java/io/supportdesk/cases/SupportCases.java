package io.supportdesk.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.shared.TransactionMemo;

/**
 * Cases in PostgreSQL: the row holds the current state (saved with an optimistic version check);
 * messages and history entries are only ever inserted.
 */
@Repository
class SupportCases {

	private final JdbcClient jdbc;

	SupportCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> idOf(CaseReference reference) {
		return jdbc.sql("select id from cases_case where reference = :reference").param("reference", reference.value())
			.query(UUID.class).optional();
	}

	boolean referenceExists(CaseReference reference) {
		return jdbc.sql("select exists (select 1 from cases_case where reference = :reference)")
			.param("reference", reference.value()).query(Boolean.class).single();
	}

	/**
	 * Stores a new or changed case with its new messages and history entries. A case created in this
	 * transaction is remembered as written (with what later changes in the transaction add), so that
	 * reading it back in the same transaction — the SLA evaluation, the answer to the request — costs no
	 * query.
	 */
	void save(SupportCase supportCase) {
		CaseState state = supportCase.state();
		Optional<CaseView> written = state.version == null ? Optional.of(CaseView.of(state, List.of(), List.of()))
				: TransactionMemo.peek(new Written(state.id));
		if (state.version == null) {
			insert(state);
			state.version = 0L;
		}
		else {
			update(state);
			state.version = state.version + 1;
		}
		supportCase.newMessages().forEach(message -> jdbc.sql("""
				insert into cases_message (case_id, seq, kind, author_id, body, at)
				values (:case, :seq, :kind, :author, :body, :at)""")
			.param("case", state.id).param("seq", message.seq()).param("kind", message.kind().name())
			.param("author", message.author() == null ? null : message.author().value()).param("body", message.body())
			.param("at", Timestamp.from(message.at())).update());
		supportCase.newHistory().forEach(entry -> jdbc.sql("""
				insert into cases_history (case_id, seq, at, type, actor_id, detail, from_severity, to_severity, reason,
				  assignee_id, team_id, cause)
				values (:case, :seq, :at, :type, :actor, :detail, :from, :to, :reason, :assignee, :team, :cause)""")
			.param("case", state.id).param("seq", entry.seq()).param("at", Timestamp.from(entry.at()))
			.param("type", entry.type()).param("actor", entry.actor() == null ? null : entry.actor().value())
			.param("detail", entry.detail()).param("from", entry.facts().fromSeverity())
			.param("to", entry.facts().toSeverity()).param("reason", entry.facts().reason())
			.param("assignee", entry.facts().assignee() == null ? null : entry.facts().assignee().value())
			.param("team", entry.facts().team() == null ? null : entry.facts().team().value())
			.param("cause", entry.facts().cause() == null ? null : entry.facts().cause().name()).update());
		written.ifPresent(before -> TransactionMemo.remember(new Written(state.id), CaseView.of(state,
				concat(before.messages(), supportCase.newMessages().stream()
					.map(m -> new CaseView.Message(m.kind(), m.author(), m.body(), m.at())).toList()),
				concat(before.history(), supportCase.newHistory().stream()
					.map(h -> new CaseView.HistoryEntry(h.at(), h.type(), h.actor(), h.detail(), h.facts())).toList()))));
	}

	/** The case as this transaction wrote it, when the transaction created it. */
	Optional<CaseView> written(UUID id) {
		return TransactionMemo.peek(new Written(id));
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		return second.isEmpty() ? first : java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	/** The key a case created in this transaction is remembered under. */
	private record Written(UUID caseId) {
	}

	private void insert(CaseState s) {
		jdbc.sql("""
				insert into cases_case (id, reference, organisation_id, requester_id, subject, description, product,
				  language, channel, proposed_severity, severity, status, assignee_id, team_id, opened_at, updated_at,
				  resolved_at, last_public_from, version)
				values (:id, :reference, :organisation, :requester, :subject, :description, :product, :language, :channel,
				  :proposed, :severity, :status, :assignee, :team, :opened, :updated, :resolved, :lastPublic, 0)""")
			.param("id", s.id).param("reference", s.reference.value()).param("organisation", s.organisationId)
			.param("requester", s.requesterId).param("subject", s.subject).param("description", s.description)
			.param("product", s.product).param("language", s.language).param("channel", s.channel.name())
			.param("proposed", s.proposedSeverity).param("severity", s.severity).param("status", s.status.name())
			.param("assignee", s.assigneeId).param("team", s.teamId).param("opened", Timestamp.from(s.openedAt))
			.param("updated", Timestamp.from(s.updatedAt)).param("resolved", timestamp(s.resolvedAt))
			.param("lastPublic", s.lastPublicFrom.name()).update();
	}

	private void update(CaseState s) {
		int updated = jdbc.sql("""
				update cases_case set severity = :severity, status = :status, assignee_id = :assignee, team_id = :team,
				  updated_at = :updated, resolved_at = :resolved, last_public_from = :lastPublic, version = version + 1
				where id = :id and version = :version""")
			.param("severity", s.severity).param("status", s.status.name()).param("assignee", s.assigneeId)
			.param("team", s.teamId).param("updated", Timestamp.from(s.updatedAt)).param("resolved", timestamp(s.resolvedAt))
			.param("lastPublic", s.lastPublicFrom.name()).param("id", s.id).param("version", s.version).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Case " + s.id + " was changed concurrently");
		}
	}

	/** Loads a case for a change, locking its row until the transaction ends. */
	Optional<SupportCase> findForUpdate(UUID id) {
		return jdbc.sql("""
				select c.*, (select count(*) from cases_message m where m.case_id = c.id) as messages,
				  (select count(*) from cases_history h where h.case_id = c.id) as entries
				from cases_case c where c.id = :id for update""")
			.param("id", id).query(SupportCases::state).optional().map(SupportCase::new);
	}

	Optional<CaseState> find(UUID id) {
		return jdbc.sql("select c.*, 0 as messages, 0 as entries from cases_case c where c.id = :id").param("id", id)
			.query(SupportCases::state).optional();
	}

	void share(UUID caseId, UUID userId, UUID sharedBy, Instant at) {
		jdbc.sql("insert into cases_share (case_id, user_id, shared_at, shared_by) values (:case, :user, :at, :by)"
				+ " on conflict (case_id, user_id) do nothing")
			.param("case", caseId).param("user", userId).param("at", Timestamp.from(at)).param("by", sharedBy).update();
	}

	void unshare(UUID caseId, UUID userId) {
		jdbc.sql("delete from cases_share where case_id = :case and user_id = :user").param("case", caseId)
			.param("user", userId).update();
	}

	boolean isSharedWith(UUID caseId, UUID userId) {
		return jdbc.sql("select exists (select 1 from cases_share where case_id = :case and user_id = :user)")
			.param("case", caseId).param("user", userId).query(Boolean.class).single();
	}

	List<UUID> sharedWith(UUID caseId) {
		return jdbc.sql("select user_id from cases_share where case_id = :case order by shared_at").param("case", caseId)
			.query(UUID.class).list();
	}

	Optional<UUID> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from cases_case where id = :id").param("id", id).query(UUID.class)
			.optional();
	}

	List<CaseView.Message> messages(UUID id) {
		return jdbc.sql("select * from cases_message where case_id = :id order by seq").param("id", id)
			.query((rs, n) -> new CaseView.Message(MessageKind.valueOf(rs.getString("kind")), uuid(rs, "author_id"),
					rs.getString("body"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	List<CaseView.HistoryEntry> history(UUID id) {
		return jdbc.sql("select * from cases_history where case_id = :id order by seq").param("id", id)
			.query((rs, n) -> new CaseView.HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("type"),
					uuid(rs, "actor_id"), rs.getString("detail"), facts(rs)))
			.list();
	}

	/** Cases matching a filter, newest first. */
	List<CaseState> search(CaseFilter filter) {
		StringBuilder sql = new StringBuilder("select c.*, 0 as messages, 0 as entries from cases_case c where true");
		var params = new java.util.LinkedHashMap<String, Object>();
		filter.appendTo(sql, params);
		sql.append(" order by c.opened_at desc limit :limit");
		params.put("limit", filter.limit());
		return jdbc.sql(sql.toString()).params(params).query(SupportCases::state).list();
	}

	private static CaseState state(ResultSet rs, int row) throws SQLException {
		return new CaseState(rs.getObject("id", UUID.class), new CaseReference(rs.getString("reference")),
				rs.getObject("organisation_id", UUID.class), rs.getObject("requester_id", UUID.class),
				rs.getString("subject"), rs.getString("description"), rs.getString("product"), rs.getString("language"),
				Channel.valueOf(rs.getString("channel")), rs.getInt("proposed_severity"), rs.getInt("severity"),
				CaseStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", UUID.class),
				rs.getObject("team_id", UUID.class), rs.getTimestamp("opened_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("resolved_at")),
				SupportCase.Side.valueOf(rs.getString("last_public_from")), rs.getLong("version"), rs.getInt("messages"),
				rs.getInt("entries"));
	}

	private static CaseView.Facts facts(ResultSet rs) throws SQLException {
		UUID team = rs.getObject("team_id", UUID.class);
		String cause = rs.getString("cause");
		return new CaseView.Facts((Integer) rs.getObject("from_severity", Integer.class),
				(Integer) rs.getObject("to_severity", Integer.class), rs.getString("reason"), uuid(rs, "assignee_id"),
				team == null ? null : new io.supportdesk.accounts.TeamId(team),
				cause == null ? null : CaseView.Cause.valueOf(cause));
	}

	private static io.supportdesk.accounts.UserId uuid(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new io.supportdesk.accounts.UserId(id);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
