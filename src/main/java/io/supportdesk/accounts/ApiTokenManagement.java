package io.supportdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Personal API tokens ({@code Authorization: Bearer sdp_…}): issued by a user for themselves, stored
 * as a SHA-256 hash (a token carries 256 random bits, so a fast hash is enough), revocable, optionally
 * expiring.
 */
@Service
@Transactional
public class ApiTokenManagement {

	/** The prefix of every token, so that leaked tokens are easy to recognise and scan for. */
	public static final String PREFIX = "sdp_";

	private static final Duration MAX_LIFETIME = Duration.ofDays(366);

	private final ApiTokens tokens;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	private final JdbcClient jdbc;

	ApiTokenManagement(ApiTokens tokens, Users users, AuditLog audit, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a token for the acting user; {@code lifetime} null means it never expires. */
	public IssuedToken issue(CurrentUser actor, String name, Duration lifetime) {
		if (lifetime != null && (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0)) {
			throw new InvalidInput("expiresInDays", "refusal.accounts.token.lifetime");
		}
		String token = PREFIX + Secrets.generate();
		Instant now = clock.instant();
		ApiToken saved = tokens.save(ApiToken.issue(actor.id(), name, Secrets.hash(token), now,
				lifetime == null ? null : now.plus(lifetime)));
		audit.record(AuditAction.TOKEN_ISSUED, actor.email(), actor.email(), "token '" + name.strip() + "'");
		return new IssuedToken(saved.id(), name.strip(), token, saved.summary().expiresAt());
	}

	/** The acting user's own tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> tokens(CurrentUser actor) {
		return tokens.findByUser(actor.id().value()).stream().map(ApiToken::summary).toList();
	}

	/** Revokes one of the acting user's own tokens; anybody else's is not found. */
	public void revoke(CurrentUser actor, ApiTokenId id) {
		ApiToken token = tokens.findById(id.value()).filter(t -> t.userId().equals(actor.id()))
			.orElseThrow(() -> new NotFound("refusal.notFound.token"));
		token.revoke(clock.instant());
		tokens.save(token);
		audit.record(AuditAction.TOKEN_REVOKED, actor.email(), actor.email(), "token " + id);
	}

	/** Revokes every unrevoked token of a user (who is being disabled); answers how many. */
	int revokeAll(UserId user) {
		return jdbc.sql("""
				update accounts_api_token set revoked_at = :now, version = version + 1
				where user_id = :user and revoked_at is null""")
			.param("now", Timestamp.from(clock.instant())).param("user", user.value()).update();
	}

	/**
	 * The principal a presented token stands for, if it is known, unrevoked, unexpired and its user
	 * enabled. One query, outside a transaction of its own (every API request passes here); the stamp of
	 * last use, written at most once a minute, stands alone.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<AccountPrincipal> authenticate(String presented) {
		Instant now = clock.instant();
		Optional<Presented> token = jdbc.sql("""
				select t.id as token_id, t.expires_at, t.revoked_at, t.last_used_at, u.id, u.organisation_id, u.email,
				  u.name, u.role, u.language, u.time_zone, u.enabled, u.security_stamp, u.version
				from accounts_api_token t join accounts_user u on u.id = t.user_id where t.token_hash = :hash""")
			.param("hash", Secrets.hash(presented)).query(ApiTokenManagement::presented).optional()
			.filter(t -> ApiToken.isUsable(t.revokedAt(), t.expiresAt(), now));
		token.filter(t -> ApiToken.isStampStale(t.lastUsedAt(), now))
			.ifPresent(t -> jdbc.sql("update accounts_api_token set last_used_at = :now, version = version + 1 where id = :id")
				.param("now", Timestamp.from(now)).param("id", t.id()).update());
		return token.map(Presented::principal).filter(AccountPrincipal::isEnabled);
	}

	/** A presented token and its owner, read in one query (every API request asks). */
	private record Presented(UUID id, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, AccountPrincipal principal) {
	}

	private static Presented presented(ResultSet rs, int row) throws SQLException {
		return new Presented(rs.getObject("token_id", UUID.class), instant(rs.getTimestamp("expires_at")),
				instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")),
				AccountPrincipal.read(rs, null));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Which organisation a token's owner belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(ApiTokenId id) {
		return tokens.findById(id.value()).flatMap(t -> users.findById(t.userId().value()))
			.map(User::organisationId);
	}
}
