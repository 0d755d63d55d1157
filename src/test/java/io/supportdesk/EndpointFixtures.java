package io.supportdesk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.ApiTokenManagement;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamManagement;

/**
 * What the endpoint-wide tests need to call any {@code /api/**} endpoint: an id for every path
 * variable (owned by a given tenant, or the vendor's) and a valid request body for every write
 * endpoint. A new endpoint with a new path variable or body fails those tests until it is added here.
 */
@TestComponent
public class EndpointFixtures {

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	TeamManagement teams;

	/** For each path variable: an id of a resource that belongs to the given tenant (or to the vendor). */
	public Map<String, Function<Tenant, String>> idsOwnedBy() {
		return Map.of(
				"organisationId", tenant -> tenant.id().toString(),
				"userId", tenant -> tenant.userId().toString(),
				"tokenId", tenant -> tokens.issue(accounts.as(tenant.adminId()), "fixture", Duration.ofDays(1)).id().toString(),
				"teamId", tenant -> teams.createTeam(io.supportdesk.accounts.CurrentUser.system(), "Team " + UUID.randomUUID(), null).toString());
	}

	/** For each write endpoint: a body that would be accepted. */
	public Map<String, Supplier<Map<String, Object>>> validBodies() {
		return Map.of(
				"POST /api/organisations", () -> Map.of("name", "Org " + UUID.randomUUID()),
				"POST /api/organisations/{organisationId}/users", () -> newUser("CUSTOMER_USER"),
				"POST /api/staff", () -> newUser("AGENT"),
				"PUT /api/users/{userId}/role", () -> Map.of("role", "CUSTOMER_ADMIN"),
				"PUT /api/users/{userId}/language-skills", () -> Map.of("languages", List.of("de")),
				"PUT /api/me/preferences", () -> Map.of("language", "de", "timeZone", "Europe/Berlin"),
				"POST /api/me/tokens", () -> Map.of("name", "ci", "expiresInDays", 30),
				"POST /api/teams", () -> Map.of("name", "Team " + UUID.randomUUID()),
				"POST /api/teams/{teamId}/members", () -> Map.of("userId", accounts.staff(Role.AGENT).id().toString()));
	}

	private static Map<String, Object> newUser(String role) {
		return Map.of("email", "u" + UUID.randomUUID() + "@example.com", "name", "Valid Name", "role", role,
				"password", "a-valid-password", "language", "en", "timeZone", "Europe/Berlin");
	}
}
