package io.supportdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import io.supportdesk.shared.Language;

/**
 * A read-only view of a user (never their password).
 *
 * @param caseMail whether they want mail about their cases (acknowledgements, support's replies); a
 * customer whose plan has no portal case management receives it regardless, mail being their channel
 */
public record UserSummary(UserId id, OrganisationId organisationId, String email, String name, Role role,
		Language language, ZoneId timeZone, Set<Language> languageSkills, boolean enabled, Instant createdAt,
		boolean caseMail) {
}
