package io.supportdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import io.supportdesk.shared.Language;

/** A read-only view of a user (never their password). */
public record UserSummary(UserId id, OrganisationId organisationId, String email, String name, Role role,
		Language language, ZoneId timeZone, Set<Language> languageSkills, boolean enabled, Instant createdAt) {
}
