package io.supportdesk.accounts;

import java.time.Instant;

/** A user was created; {@code organisationId} is null for staff. */
public record UserCreated(UserId userId, OrganisationId organisationId, Role role, Instant at) {
}
