package io.supportdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/** A person who signs in: a customer of one organisation, or a member of the vendor's staff. */
@Table("accounts_user")
class User {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String email;

	private String name;

	private Role role;

	private String passwordHash;

	private String language;

	private String timeZone;

	private boolean enabled;

	private UUID securityStamp;

	private boolean caseMail;

	private final Instant createdAt;

	@MappedCollection(idColumn = "user_id")
	private Set<LanguageSkill> languageSkills;

	@Version
	private Long version;

	@PersistenceCreator
	User(UUID id, UUID organisationId, String email, String name, Role role, String passwordHash, String language,
			String timeZone, boolean enabled, UUID securityStamp, boolean caseMail, Instant createdAt,
			Set<LanguageSkill> languageSkills, Long version) {
		this.caseMail = caseMail;
		this.id = id;
		this.organisationId = organisationId;
		this.email = email;
		this.name = name;
		this.role = role;
		this.passwordHash = passwordHash;
		this.language = language;
		this.timeZone = timeZone;
		this.enabled = enabled;
		this.securityStamp = securityStamp;
		this.createdAt = createdAt;
		this.languageSkills = languageSkills == null ? new HashSet<>() : new HashSet<>(languageSkills);
		this.version = version;
	}

	/** A new user; customers need an organisation, staff must not have one. */
	static User create(OrganisationId organisation, NewUser user, String passwordHash, Instant now) {
		checkTenancy(organisation, user.role());
		User created = new User(UUID.randomUUID(), organisation == null ? null : organisation.value(),
				user.email().strip().toLowerCase(java.util.Locale.ROOT), user.name().strip(), user.role(),
				passwordHash, user.language().code(), user.timeZone().getId(), true, UUID.randomUUID(), true, now,
				Set.of(), null);
		created.changeLanguageSkills(user.languageSkills());
		return created;
	}

	private static void checkTenancy(OrganisationId organisation, Role role) {
		if (organisation == null && role.isCustomer()) {
			throw new InvalidInput("role", "refusal.accounts.role.customerOnly", role.name());
		}
		if (organisation != null && role.isStaff()) {
			throw new InvalidInput("role", "refusal.accounts.role.staffOnly", role.name());
		}
	}

	/** Changes the role within the same side (customer or staff): nobody moves between the two. */
	Role changeRole(Role newRole) {
		checkTenancy(organisationId == null ? null : new OrganisationId(organisationId), newRole);
		Role previous = role;
		role = newRole;
		return previous;
	}

	/**
	 * Disables the user and changes their security stamp, so that every session of theirs ends; false if
	 * they were disabled already.
	 */
	boolean disable() {
		if (!enabled) {
			return false;
		}
		enabled = false;
		securityStamp = UUID.randomUUID();
		return true;
	}

	/** Sets a new password (its hash) and changes the security stamp, so that the user's sessions end. */
	void changePassword(String newPasswordHash) {
		passwordHash = newPasswordHash;
		securityStamp = UUID.randomUUID();
	}

	/** Lets a disabled user sign in again; false if they were enabled already. */
	boolean enable() {
		if (enabled) {
			return false;
		}
		enabled = true;
		return true;
	}

	void changeLanguageSkills(Set<Language> skills) {
		languageSkills = skills.stream().map(l -> new LanguageSkill(l.code())).collect(Collectors.toSet());
	}

	void changePreferences(Language newLanguage, ZoneId newZone, boolean newCaseMail) {
		language = newLanguage.code();
		timeZone = newZone.getId();
		caseMail = newCaseMail;
	}

	boolean caseMail() {
		return caseMail;
	}

	UserId id() {
		return new UserId(id);
	}

	Role role() {
		return role;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	/** The principal a session continues with after the user proved themselves in it (no password kept). */
	AccountPrincipal sessionPrincipal() {
		AccountPrincipal principal = principal();
		principal.eraseCredentials();
		return principal;
	}

	OrganisationId organisationId() {
		return organisationId == null ? null : new OrganisationId(organisationId);
	}

	CurrentUser currentUser() {
		return new CurrentUser(id(), organisationId(), email, name, role, Language.ofCode(language).orElseThrow(),
				ZoneId.of(timeZone));
	}

	/** The principal of a sign-in, with the password hash to check (erased once signed in). */
	AccountPrincipal principal() {
		return new AccountPrincipal(currentUser(), passwordHash, enabled, securityStamp, version == null ? 0 : version);
	}

	UserSummary summary() {
		Set<Language> skills = languageSkills.stream().map(s -> Language.ofCode(s.language()).orElseThrow())
			.collect(Collectors.toSet());
		return new UserSummary(id(), organisationId(), email, name, role, Language.ofCode(language).orElseThrow(),
				ZoneId.of(timeZone), skills, enabled, createdAt, caseMail);
	}
}
