package io.supportdesk.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.StoredFile;

/**
 * The files sent in chats: one per message that carries it; the content is kept in the cases module's
 * attachment store, and each file remembers the cases it was handed to.
 */
@Repository
class ChatFiles {

	private final JdbcClient jdbc;

	ChatFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A file sent in a chat as stored: what the message shows, and where its content is kept. */
	record File(UUID id, UUID chatId, int seq, UserId author, Instant at, StoredFile stored) {
	}

	void insert(UUID id, UUID chat, int seq, StoredFile file) {
		jdbc.sql("insert into chat_attachment (id, chat_id, seq, filename, content_type, size_bytes, sha256, storage_key)"
				+ " values (:id, :chat, :seq, :name, :type, :size, :sha, :key)").param("id", id).param("chat", chat)
			.param("seq", seq).param("name", file.filename()).param("type", file.contentType()).param("size", file.size())
			.param("sha", file.sha256()).param("key", file.key()).update();
	}

	Optional<File> find(UUID chat, UUID attachment) {
		return jdbc.sql(FILE + " where a.chat_id = :chat and a.id = :id").param("chat", chat).param("id", attachment)
			.query(ChatFiles::file).optional();
	}

	/** The chat's files not handed to this case yet, in the order sent. */
	List<File> notHandedTo(UUID chat, CaseId caseId) {
		return jdbc.sql(FILE + " where a.chat_id = :chat and not exists (select 1 from chat_attachment_case h"
				+ " where h.attachment_id = a.id and h.case_id = :case) order by a.seq")
			.param("chat", chat).param("case", caseId.value()).query(ChatFiles::file).list();
	}

	void handedTo(UUID attachment, CaseId caseId) {
		jdbc.sql("insert into chat_attachment_case (attachment_id, case_id) values (:id, :case)").param("id", attachment)
			.param("case", caseId.value()).update();
	}

	/** Which organisation's chat a file was sent in (tenant isolation). */
	Optional<OrganisationId> organisationOf(UUID attachment) {
		return jdbc.sql("select s.organisation_id from chat_attachment a join chat_session s on s.id = a.chat_id where a.id = :id")
			.param("id", attachment).query(UUID.class).optional().map(OrganisationId::new);
	}

	private static final String FILE = "select a.id, a.chat_id, a.seq, a.filename, a.content_type, a.size_bytes, a.sha256,"
			+ " a.storage_key, m.author_id, m.at from chat_attachment a join chat_message m on m.chat_id = a.chat_id and m.seq = a.seq";

	private static File file(ResultSet rs, int n) throws SQLException {
		return new File(rs.getObject("id", UUID.class), rs.getObject("chat_id", UUID.class), rs.getInt("seq"),
				new UserId(rs.getObject("author_id", UUID.class)), rs.getTimestamp("at").toInstant(),
				new StoredFile(rs.getString("storage_key"), rs.getString("filename"), rs.getString("content_type"),
						rs.getLong("size_bytes"), rs.getString("sha256")));
	}
}
