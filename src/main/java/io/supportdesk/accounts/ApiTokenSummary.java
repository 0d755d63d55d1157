package io.supportdesk.accounts;

import java.time.Instant;

/** A token as its owner sees it later: never the token itself. */
public record ApiTokenSummary(ApiTokenId id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
		Instant lastUsedAt) {
}
