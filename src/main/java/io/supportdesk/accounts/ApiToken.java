package io.supportdesk.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token: only its SHA-256 hash is stored; the token itself is shown once. */
@Table("accounts_api_token")
class ApiToken {

	/** Last-use stamps closer together than this are not written again, to spare a write per request. */
	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

	@Id
	private final UUID id;

	private final UUID userId;

	private final String name;

	private final String tokenHash;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant revokedAt;

	private Instant lastUsedAt;

	@Version
	private Long version;

	@PersistenceCreator
	ApiToken(UUID id, UUID userId, String name, String tokenHash, Instant createdAt, Instant expiresAt,
			Instant revokedAt, Instant lastUsedAt, Long version) {
		this.id = id;
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.revokedAt = revokedAt;
		this.lastUsedAt = lastUsedAt;
		this.version = version;
	}

	static ApiToken issue(UserId user, String name, String tokenHash, Instant now, Instant expiresAt) {
		return new ApiToken(UUID.randomUUID(), user.value(), name.strip(), tokenHash, now, expiresAt, null, null, null);
	}

	/** Whether a token with these stamps authenticates at {@code now}: not revoked, not expired. */
	static boolean isUsable(Instant revokedAt, Instant expiresAt, Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}

	/** Whether the last-use stamp is old enough to be worth writing again (at most once a minute). */
	static boolean isStampStale(Instant lastUsedAt, Instant now) {
		return lastUsedAt == null || Duration.between(lastUsedAt, now).compareTo(LAST_USE_RESOLUTION) >= 0;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	ApiTokenId id() {
		return new ApiTokenId(id);
	}

	UserId userId() {
		return new UserId(userId);
	}

	ApiTokenSummary summary() {
		return new ApiTokenSummary(id(), name, createdAt, expiresAt, revokedAt, lastUsedAt);
	}
}
