package io.supportdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
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

	private final SecureRandom random = new SecureRandom();

	private final ApiTokens tokens;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, Users users, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a token for the acting user; {@code lifetime} null means it never expires. */
	public IssuedToken issue(CurrentUser actor, String name, Duration lifetime) {
		if (lifetime != null && (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0)) {
			throw new InvalidInput("expiresInDays", "must be between 1 and 366 days");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		ApiToken saved = tokens.save(ApiToken.issue(actor.id(), name, hash(token), now,
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
			.orElseThrow(() -> new NotFound("Token"));
		token.revoke(clock.instant());
		tokens.save(token);
		audit.record(AuditAction.TOKEN_REVOKED, actor.email(), actor.email(), "token " + id);
	}

	/** The principal a presented token stands for, if it is known, unrevoked, unexpired and its user enabled. */
	public Optional<AccountPrincipal> authenticate(String presented) {
		Instant now = clock.instant();
		Optional<ApiToken> token = tokens.findByTokenHash(hash(presented)).filter(t -> t.isUsableAt(now));
		token.filter(t -> t.markUsed(now)).ifPresent(tokens::save);
		return token.flatMap(t -> users.findById(t.userId().value())).map(User::principal)
			.filter(AccountPrincipal::isEnabled);
	}

	/** Which organisation a token's owner belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(ApiTokenId id) {
		return tokens.findById(id.value()).flatMap(t -> users.findById(t.userId().value()))
			.map(User::organisationId);
	}

	private static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}
}
