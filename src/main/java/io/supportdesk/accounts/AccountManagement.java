package io.supportdesk.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;

/**
 * Organisations and the people in them. Every method takes the acting user and applies the rules:
 * staff see everything; customers see their own organisation and nothing else (another
 * organisation's data is reported as not found); customer admins manage their organisation's users;
 * managers and admins manage everyone; only an admin makes an admin. Disabling is for admins (anyone)
 * and customer admins (their organisation's users), never for oneself.
 */
@Service
@Transactional
public class AccountManagement {

	private final Organisations organisations;

	private final Users users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final ApiTokenManagement tokens;

	private final Clock clock;

	private final UserSummaries summaries;

	AccountManagement(Organisations organisations, Users users, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditLog audit, ApiTokenManagement tokens, Clock clock,
			UserSummaries summaries) {
		this.summaries = summaries;
		this.organisations = organisations;
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Creates a customer organisation in Europe/Berlin (managers, operations, admins). */
	public OrganisationId createOrganisation(CurrentUser actor, String name) {
		return createOrganisation(actor, name, null);
	}

	/**
	 * Creates a customer organisation (managers, operations, admins) whose people read times in
	 * {@code zone} (Europe/Berlin when null) unless they choose another.
	 */
	public OrganisationId createOrganisation(CurrentUser actor, String name, ZoneId zone) {
		require(actor.has(Role.MANAGER) || actor.has(Role.OPERATIONS));
		if (organisations.existsByNameIgnoringCase(name.strip())) {
			throw new Conflict("name", "refusal.accounts.organisation.nameTaken", name.strip());
		}
		Organisation organisation = organisations.save(Organisation.create(name, zone == null ? NewUser.DEFAULT_ZONE : zone, clock.instant()));
		audit.record(AuditAction.ORGANISATION_CREATED, actor.email(), name, null);
		events.publishEvent(new OrganisationCreated(organisation.id(), name.strip(), clock.instant()));
		return organisation.id();
	}

	/** Staff: every organisation; customers: their own. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations(CurrentUser actor) {
		if (actor.isStaff()) {
			return organisations.findAllByName().stream().map(Organisation::summary).toList();
		}
		return List.of(organisation(actor, actor.organisationId()));
	}

	/** The names of the organisations the actor may see, by id (for lists that show many). */
	@Transactional(readOnly = true)
	public java.util.Map<OrganisationId, String> organisationNames(CurrentUser actor) {
		return organisations(actor).stream()
			.collect(java.util.stream.Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
	}

	@Transactional(readOnly = true)
	public OrganisationSummary organisation(CurrentUser actor, OrganisationId id) {
		return visibleOrganisation(actor, id).summary();
	}

	/** Whether the organisation exists (for modules that refer to it). */
	@Transactional(readOnly = true)
	public boolean organisationExists(OrganisationId id) {
		return organisations.existsById(id.value());
	}

	/** Adds a customer user to an organisation (its customer admins, managers, admins). */
	public UserId addUser(CurrentUser actor, OrganisationId organisationId, NewUser user) {
		Organisation organisation = visibleOrganisation(actor, organisationId);
		require(actor.has(Role.CUSTOMER_ADMIN) || actor.has(Role.MANAGER));
		return create(actor, organisation.id(), user.inZoneUnlessChosen(organisation.timeZone()));
	}

	/** Adds a member of the vendor's staff (managers, admins; only admins create admins). */
	public UserId addStaff(CurrentUser actor, NewUser user) {
		require(actor.has(Role.MANAGER));
		require(user.role() != Role.ADMIN || actor.has(Role.ADMIN));
		return create(actor, null, user);
	}

	private UserId create(CurrentUser actor, OrganisationId organisation, NewUser user) {
		PasswordRules.requireHashable("password", user.password());
		if (users.existsByEmail(user.email().strip())) {
			throw new Conflict("email", "refusal.accounts.user.emailTaken", user.email().strip());
		}
		User created = users.save(User.create(organisation, user, passwords.encode(user.password()), clock.instant()));
		audit.record(AuditAction.USER_CREATED, actor == null ? null : actor.email(), user.email(), "role " + user.role());
		events.publishEvent(new UserCreated(created.id(), organisation, user.role(), clock.instant()));
		return created.id();
	}

	/** Creates the first administrator; only allowed while nobody exists yet. */
	UserId createFirstAdmin(String email, String password) {
		if (users.count() > 0) {
			throw new IllegalStateException("Users exist already");
		}
		return create(null, null, NewUser.of(email, "Administrator", Role.ADMIN, password));
	}

	/** The users of an organisation. */
	@Transactional(readOnly = true)
	public List<UserSummary> users(CurrentUser actor, OrganisationId organisationId) {
		Organisation organisation = visibleOrganisation(actor, organisationId);
		return users.findByOrganisation(organisation.id().value()).stream().map(User::summary).toList();
	}

	/** The vendor's staff (staff only). */
	@Transactional(readOnly = true)
	public List<UserSummary> staff(CurrentUser actor) {
		require(actor.isStaff());
		return users.findStaff().stream().map(User::summary).toList();
	}

	@Transactional(readOnly = true)
	public UserSummary user(CurrentUser actor, UserId id) {
		return visibleUser(actor, id).summary();
	}

	/** Looks a user up for another module (no access rules: the caller applies its own). */
	@Transactional(readOnly = true)
	public Optional<UserSummary> findUser(UserId id) {
		return summaries.find(id.value());
	}

	/** Looks a user up by e-mail address, compared case-insensitively (the mail channel's senders). */
	@Transactional(readOnly = true)
	public Optional<UserSummary> findUserByEmail(String email) {
		return users.findByEmail(email.strip()).map(User::summary);
	}

	/** Changes a role; customers stay customers and staff stay staff. */
	public void changeRole(CurrentUser actor, UserId id, Role role) {
		User user = visibleUser(actor, id);
		require(mayManage(actor, user.role()) && mayManage(actor, role));
		Role previous = user.changeRole(role);
		users.save(user);
		audit.recordChange(AuditAction.ROLE_CHANGED, actor, user.summary().email(), previous.name(), role.name());
		events.publishEvent(new UserRoleChanged(id, previous, role, actor.id(), clock.instant()));
	}

	/**
	 * Disables a user ({@code enabled} false) or lets them sign in again: admins for anyone, customer
	 * admins for their organisation's users, nobody for themselves. Disabling refuses the user's
	 * sign-ins, ends their sessions on their next request (the security stamp changes) and revokes all
	 * their API tokens, which stay revoked when the user is enabled again. Setting the state the user
	 * is in already changes nothing.
	 */
	public void changeEnabled(CurrentUser actor, UserId id, boolean enabled) {
		User user = visibleUser(actor, id);
		UserControl.require(actor, user);
		if (!(enabled ? user.enable() : user.disable())) {
			return;
		}
		users.save(user);
		if (enabled) {
			audit.record(AuditAction.USER_ENABLED, actor.email(), user.email(), null);
		}
		else {
			int revoked = tokens.revokeAll(id);
			audit.record(AuditAction.USER_DISABLED, actor.email(), user.email(), revoked + " API token(s) revoked");
		}
	}

	/**
	 * Sets the languages a staff member works in (managers); routing prefers cases in them. A customer
	 * has no language skills: refused, naming {@code userId}.
	 */
	public void changeLanguageSkills(CurrentUser actor, UserId id, Set<Language> languages) {
		User user = visibleUser(actor, id);
		require(actor.has(Role.MANAGER));
		if (!user.role().isStaff()) {
			throw new InvalidInput("userId", "refusal.accounts.skills.staffOnly");
		}
		user.changeLanguageSkills(languages);
		users.save(user);
	}

	/** Changes the acting user's own language and time zone (case mail stays as it is). */
	public void changePreferences(CurrentUser actor, Language language, ZoneId zone) {
		User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFound("refusal.notFound.user"));
		user.changePreferences(language, zone, user.caseMail());
		users.save(user);
	}

	/**
	 * Changes the acting user's own language, time zone and whether they receive mail about their cases
	 * (see {@link UserSummary#caseMail()}).
	 */
	public void changePreferences(CurrentUser actor, Language language, ZoneId zone, boolean caseMail) {
		User user = users.findById(actor.id().value()).orElseThrow(() -> new NotFound("refusal.notFound.user"));
		user.changePreferences(language, zone, caseMail);
		users.save(user);
	}

	private boolean mayManage(CurrentUser actor, Role role) {
		if (role == Role.ADMIN) {
			return actor.has(Role.ADMIN);
		}
		return role.isCustomer() ? actor.has(Role.CUSTOMER_ADMIN) || actor.has(Role.MANAGER) : actor.has(Role.MANAGER);
	}

	private Organisation visibleOrganisation(CurrentUser actor, OrganisationId id) {
		if (id == null || !actor.maySee(id)) {
			throw new NotFound("refusal.notFound.organisation");
		}
		return organisations.findById(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.organisation"));
	}

	private User visibleUser(CurrentUser actor, UserId id) {
		return users.findById(id.value())
			.filter(u -> actor.isStaff() || (u.organisationId() != null && actor.maySee(u.organisationId())))
			.orElseThrow(() -> new NotFound("refusal.notFound.user"));
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	/** Which organisation a user belongs to (for tenant isolation); empty for staff or unknown ids. */
	Optional<OrganisationId> organisationOf(UUID userId) {
		return users.findById(userId).map(User::organisationId);
	}
}
