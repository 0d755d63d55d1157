package io.supportdesk.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.TeamSummary;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;

/**
 * The {@code demo} profile's organisations (by name), users (by e-mail) and teams (by name), as the
 * demo cases name them.
 */
record DemoPeople(Map<String, OrganisationId> organisations, Map<String, UserSummary> users,
		Map<String, TeamId> teams) {

	static DemoPeople of(AccountManagement accounts, TeamManagement teams) {
		CurrentUser system = CurrentUser.system();
		Map<String, OrganisationId> organisations = accounts.organisations(system).stream()
			.collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id, (a, b) -> a));
		Map<String, UserSummary> users = new HashMap<>();
		accounts.staff(system).forEach(user -> users.put(user.email(), user));
		organisations.values().forEach(organisation -> accounts.users(system, organisation)
			.forEach(user -> users.put(user.email(), user)));
		return new DemoPeople(organisations, users, teams.teams(system).stream()
			.collect(Collectors.toMap(TeamSummary::name, TeamSummary::id, (a, b) -> a)));
	}

	OrganisationId organisation(String name) {
		return required(organisations, name, "organisation");
	}

	/** The user's id; null for none. */
	UserId id(String email) {
		return email == null ? null : required(users, email, "user").id();
	}

	/** The user, signed in: the demo acts as them. */
	CurrentUser as(String email) {
		UserSummary user = required(users, email, "user");
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(),
				user.language(), user.timeZone());
	}

	/** The team's id; null for none. */
	TeamId team(String name) {
		return name == null ? null : required(teams, name, "team");
	}

	private static <T> T required(Map<String, T> known, String key, String what) {
		return Optional.ofNullable(known.get(key))
			.orElseThrow(() -> new IllegalStateException("The demo cases name an unknown " + what + ": " + key));
	}
}
