package io.supportdesk.accounts;

import java.time.Instant;

/** An open "Forgot your password?" request: who asked, and when, waiting for an admin to issue a link. */
public record ResetRequest(UserId userId, OrganisationId organisationId, String email, String name,
		Instant requestedAt) {
}
