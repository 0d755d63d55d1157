package io.supportdesk.accounts;

import java.time.Instant;

/** A freshly issued token; {@code token} is shown this once and never again. */
public record IssuedToken(ApiTokenId id, String name, String token, Instant expiresAt) implements java.io.Serializable {
}
