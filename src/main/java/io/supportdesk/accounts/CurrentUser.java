package io.supportdesk.accounts;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.supportdesk.shared.Language;

/**
 * The signed-in user as every module sees them: who they are, which organisation they belong to
 * (none for staff), their role and their preferences.
 */
public record CurrentUser(UserId id, OrganisationId organisationId, String email, String name, Role role,
		Language language, ZoneId timeZone) implements java.io.Serializable {

	/** Supportdesk itself, acting on its own (first run, demo data, scheduled work). */
	public static CurrentUser system() {
		return new CurrentUser(new UserId(new UUID(0, 0)), null, "system", "Supportdesk", Role.ADMIN, Language.EN,
				ZoneOffset.UTC);
	}

	public Optional<OrganisationId> organisation() {
		return Optional.ofNullable(organisationId);
	}

	public boolean isStaff() {
		return role.isStaff();
	}

	public boolean isCustomer() {
		return role.isCustomer();
	}

	public boolean has(Role required) {
		return role.includes(required);
	}

	/** Whether this user may see data that belongs to {@code owner}: staff see all, customers their own. */
	public boolean maySee(OrganisationId owner) {
		return isStaff() || (owner != null && owner.equals(organisationId));
	}
}
