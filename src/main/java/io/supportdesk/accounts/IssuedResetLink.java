package io.supportdesk.accounts;

import java.time.Instant;

/**
 * A freshly issued password reset link for a user; {@code token} (the last part of
 * {@code /login/reset/<token>}) is shown this once to the admin who issued it and never again.
 */
public record IssuedResetLink(UserId userId, String email, String token, Instant expiresAt) {
}
