package io.supportdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored side of password resets: open requests ({@code accounts_password_reset_request}) and
 * issued links ({@code accounts_password_reset_link}, by the SHA-256 of their token).
 */
@Component
class PasswordResets {

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a request, unless the user has an open one already. */
	void request(UserId user, Instant now) {
		jdbc.sql("""
				insert into accounts_password_reset_request (id, user_id, requested_at) values (:id, :user, :now)
				on conflict (user_id) where closed_at is null do nothing""")
			.param("id", UUID.randomUUID()).param("user", user.value()).param("now", Timestamp.from(now)).update();
	}

	/** Open requests, oldest first: of one organisation's users, or of everybody ({@code organisation} null). */
	List<ResetRequest> open(OrganisationId organisation) {
		return jdbc.sql("""
				select r.user_id, u.organisation_id, u.email, u.name, r.requested_at
				from accounts_password_reset_request r join accounts_user u on u.id = r.user_id
				where r.closed_at is null and (cast(:organisation as uuid) is null or u.organisation_id = :organisation)
				order by r.requested_at""")
			.param("organisation", organisation == null ? null : organisation.value())
			.query(PasswordResets::request).list();
	}

	/** Closes the user's open requests and revokes their unused links (a link was issued, or the password changed). */
	void settle(UserId user, Instant now) {
		jdbc.sql("update accounts_password_reset_request set closed_at = :now where user_id = :user and closed_at is null")
			.param("now", Timestamp.from(now)).param("user", user.value()).update();
		jdbc.sql("""
				update accounts_password_reset_link set revoked_at = :now
				where user_id = :user and used_at is null and revoked_at is null""")
			.param("now", Timestamp.from(now)).param("user", user.value()).update();
	}

	/** How many links {@code issuedBy} issued to the user since {@code since}. */
	int issuedSince(UserId user, String issuedBy, Instant since) {
		return jdbc.sql("select count(*) from accounts_password_reset_link where user_id = :user and issued_by = :by"
				+ " and issued_at > :since")
			.param("user", user.value()).param("by", issuedBy).param("since", Timestamp.from(since))
			.query(Integer.class).single();
	}

	void issue(UserId user, String tokenHash, String issuedBy, Instant now, Instant expiresAt) {
		jdbc.sql("""
				insert into accounts_password_reset_link (id, user_id, token_hash, issued_by, issued_at, expires_at)
				values (:id, :user, :hash, :issuedBy, :now, :expiresAt)""")
			.param("id", UUID.randomUUID()).param("user", user.value()).param("hash", tokenHash)
			.param("issuedBy", issuedBy).param("now", Timestamp.from(now)).param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** The link with this token hash; {@code lock} holds it until the transaction ends (one use at a time). */
	Optional<Link> find(String tokenHash, boolean lock) {
		return jdbc.sql("select id, user_id, expires_at, used_at, revoked_at from accounts_password_reset_link"
				+ " where token_hash = :hash" + (lock ? " for update" : ""))
			.param("hash", tokenHash).query(PasswordResets::link).optional();
	}

	void markUsed(Link link, Instant now) {
		jdbc.sql("update accounts_password_reset_link set used_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", link.id()).update();
	}

	/** An issued link as stored. */
	record Link(UUID id, UserId userId, Instant expiresAt, Instant usedAt, Instant revokedAt) {

		ResetLinkState stateAt(Instant now) {
			if (usedAt != null || revokedAt != null) {
				return ResetLinkState.USED;
			}
			return now.isBefore(expiresAt) ? ResetLinkState.USABLE : ResetLinkState.EXPIRED;
		}
	}

	private static ResetRequest request(ResultSet rs, int row) throws SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		return new ResetRequest(new UserId(rs.getObject("user_id", UUID.class)),
				organisation == null ? null : new OrganisationId(organisation), rs.getString("email"), rs.getString("name"),
				rs.getTimestamp("requested_at").toInstant());
	}

	private static Link link(ResultSet rs, int row) throws SQLException {
		Timestamp used = rs.getTimestamp("used_at");
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Link(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant(),
				revoked == null ? null : revoked.toInstant());
	}
}
