package io.supportdesk.accounts;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

/**
 * Test data of the accounts module, created through its facade with fresh names, so tests never
 * collide with each other or with data already in the database.
 */
@TestComponent
public class AccountFixtures {

	public static final String PASSWORD = "fixture-password";

	private final AccountManagement accounts;

	public AccountFixtures(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/** A customer organisation with an admin and a user. */
	public Tenant tenant() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser system = CurrentUser.system();
		OrganisationId id = accounts.createOrganisation(system, "Org " + tag);
		UserId admin = accounts.addUser(system, id,
				NewUser.of("admin-" + tag + "@example.com", "Admin " + tag, Role.CUSTOMER_ADMIN, PASSWORD));
		UserId user = accounts.addUser(system, id,
				NewUser.of("user-" + tag + "@example.com", "User " + tag, Role.CUSTOMER_USER, PASSWORD));
		return new Tenant(id, admin, "admin-" + tag + "@example.com", user, "user-" + tag + "@example.com");
	}

	/** One more customer user of the tenant's organisation (a colleague of its admin and its user). */
	public Colleague colleague(Tenant tenant) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "colleague-" + tag + "@example.com";
		UserId id = accounts.addUser(CurrentUser.system(), tenant.id(),
				NewUser.of(email, "Colleague " + tag, Role.CUSTOMER_USER, PASSWORD));
		return new Colleague(id, email, "Colleague " + tag);
	}

	/** A member of staff with this role; returns their e-mail address. */
	public Staff staff(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@supportdesk.test";
		UserId id = accounts.addStaff(CurrentUser.system(), NewUser.of(email, "Staff " + role, role, PASSWORD));
		return new Staff(id, email);
	}

	/** The given user as {@link CurrentUser}, to act as them through a facade. */
	public CurrentUser as(UserId id) {
		UserSummary user = accounts.findUser(id).orElseThrow();
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(),
				user.language(), user.timeZone());
	}

	public record Tenant(OrganisationId id, UserId adminId, String adminEmail, UserId userId, String userEmail) {
	}

	public record Staff(UserId id, String email) {
	}

	public record Colleague(UserId id, String email, String name) {
	}
}
