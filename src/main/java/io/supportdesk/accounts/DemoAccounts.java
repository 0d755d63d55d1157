package io.supportdesk.accounts;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.Language;

/**
 * The {@code demo} profile's people: three customer organisations with an admin and a user each, three
 * agents with language skills, a TAM, a manager and an operations user, all with the password
 * {@value #PASSWORD} (listed in the README). Loaded once: nothing happens if the data exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "supportdesk-demo";

	private final AccountManagement accounts;

	private final TeamManagement teams;

	private final Organisations organisations;

	DemoAccounts(AccountManagement accounts, TeamManagement teams, Organisations organisations) {
		this.accounts = accounts;
		this.teams = teams;
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organisations.existsByNameIgnoringCase("Acme Analytics")) {
			return;
		}
		CurrentUser system = CurrentUser.system();
		customer(system, "Acme Analytics", "acme.example", "Alice Archer", "Adam Ames", "Europe/Berlin");
		customer(system, "Globex Learning", "globex.example", "Grace Gill", "Gus Grant", "America/New_York");
		customer(system, "Northwind Exams", "northwind.example", "Nora Nash", "Ned North", "Europe/London");
		UserId anna = staff(system, "anna.berger", "Anna Berger", Role.AGENT, Language.DE, Language.EN);
		UserId luc = staff(system, "luc.martin", "Luc Martin", Role.AGENT, Language.FR, Language.EN);
		UserId sofia = staff(system, "sofia.garcia", "Sofía García", Role.AGENT, Language.ES, Language.EN);
		staff(system, "tomas.keller", "Tomás Keller", Role.TAM, Language.EN, Language.DE);
		UserId maria = staff(system, "maria.schmidt", "Maria Schmidt", Role.MANAGER, Language.DE, Language.EN);
		staff(system, "olga.weber", "Olga Weber", Role.OPERATIONS, Language.EN);
		TeamId firstLine = teams.createTeam(system, "First line", maria);
		Set.of(anna, luc, sofia).forEach(agent -> teams.addMember(system, firstLine, agent));
	}

	private void customer(CurrentUser system, String name, String domain, String admin, String user, String zone) {
		OrganisationId organisation = accounts.createOrganisation(system, name, java.time.ZoneId.of(zone));
		accounts.addUser(system, organisation, NewUser.of("admin@" + domain, admin, Role.CUSTOMER_ADMIN, PASSWORD));
		accounts.addUser(system, organisation, NewUser.of("user@" + domain, user, Role.CUSTOMER_USER, PASSWORD));
	}

	private UserId staff(CurrentUser system, String login, String name, Role role, Language... skills) {
		return accounts.addStaff(system, new NewUser(login + "@supportdesk.local", name, role, PASSWORD, skills[0],
				null, Set.of(skills)));
	}
}
