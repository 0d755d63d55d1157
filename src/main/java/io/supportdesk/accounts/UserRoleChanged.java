package io.supportdesk.accounts;

import java.time.Instant;

/** A user's role changed. */
public record UserRoleChanged(UserId userId, Role from, Role to, UserId changedBy, Instant at) {
}
