package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.DatabaseSnapshot;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.shared.Language;

/**
 * The managers' console pages for teams ({@code /console/teams}) and language skills (on
 * {@code /console/staff}) over plain HTTP: what they change, the refusals next to the field that
 * write nothing, and who may not use them.
 */
@SupportdeskTest
class TeamPagesTests {

	private static final String PAGE = "/console/teams";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	TeamManagement teams;

	@Autowired
	AccountManagement users;

	@Autowired
	Scheduler timers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerCreatesATeamWithALeadAndAddsAMember() {
		AccountFixtures.Staff lead = accounts.staff(Role.AGENT);
		AccountFixtures.Staff agent = accounts.staff(Role.TAM);
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		String name = "Second line " + UUID.randomUUID();

		HttpResponse<String> created = manager.form(PAGE, PAGE, Map.of("name", " " + name + " ", "leadId",
				lead.id().toString()));

		assertThat(created.statusCode()).isEqualTo(302);
		TeamSummary team = named(name);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(PAGE + "#team-" + team.id());
		assertThat(team.leadId()).isEqualTo(lead.id());
		assertThat(manager.get(PAGE).body()).contains("The team " + name + " was created.",
				"id=\"team-" + team.id() + "-lead\">Staff AGENT<", "id=\"team-" + team.id() + "-member-" + lead.id() + "\"");

		HttpResponse<String> added = manager.form(PAGE, PAGE + "/" + team.id() + "/members",
				Map.of("userId", agent.id().toString()));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(teams.team(CurrentUser.system(), team.id()).members()).containsExactlyInAnyOrder(lead.id(), agent.id());
		assertThat(manager.get(PAGE).body()).contains("Staff TAM was added to the team.",
				"id=\"team-" + team.id() + "-member-" + agent.id() + "\"");
	}

	@Test
	void aManagerChangesTheLeadAndRemovesMembersAndARemovedLeadLeavesTheTeamWithoutOne() {
		AccountFixtures.Staff first = accounts.staff(Role.AGENT);
		AccountFixtures.Staff second = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Nights " + UUID.randomUUID(), first.id());
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		assertThat(manager.form(PAGE, PAGE + "/" + team + "/lead", Map.of("userId", second.id().toString())).statusCode())
			.isEqualTo(302);
		TeamSummary led = teams.team(CurrentUser.system(), team);
		assertThat(led.leadId()).as("the new lead").isEqualTo(second.id());
		assertThat(led.members()).as("the new lead joins, the previous one stays").containsExactlyInAnyOrder(first.id(),
				second.id());

		assertThat(manager.form(PAGE, PAGE + "/" + team + "/members/" + first.id() + "/remove", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(teams.team(CurrentUser.system(), team).members()).containsExactly(second.id());

		manager.form(PAGE, PAGE + "/" + team + "/members/" + second.id() + "/remove", Map.of());
		TeamSummary empty = teams.team(CurrentUser.system(), team);
		assertThat(empty.members()).isEmpty();
		assertThat(empty.leadId()).as("a removed lead is no lead").isNull();
		assertThat(manager.get(PAGE).body()).contains("id=\"team-" + team + "-lead\">No lead<");
	}

	@Test
	void badTeamFormsAreRefusedNextToTheFieldAndWriteNothing() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		String taken = "Escalations " + UUID.randomUUID();
		TeamId team = teams.createTeam(CurrentUser.system(), taken, null);
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		String members = PAGE + "/" + team + "/members";
		String memberError = "id=\"team-" + team + "-member-error\">";
		AccountFixtures.Staff outsider = accounts.staff(Role.AGENT);

		assertRefused(() -> manager.form(PAGE, PAGE, Map.of("name", "  ", "leadId", "")),
				"id=\"team-name\"", "<span class=\"field-error\">Give the team a name.</span>");
		assertRefused(() -> manager.form(PAGE, PAGE, Map.of("name", taken.toUpperCase(), "leadId", "")),
				"<span class=\"field-error\">A team named " + taken.toUpperCase() + " already exists.");
		assertRefused(() -> manager.form(PAGE, PAGE, Map.of("name", "Fresh " + UUID.randomUUID(), "leadId",
				tenant.userId().toString())), "<span class=\"field-error\">Only members of staff can be in a team");
		assertRefused(() -> manager.form(PAGE, members, Map.of("userId", UUID.randomUUID().toString())),
				memberError + "Only members of staff can be in a team");
		assertRefused(() -> manager.form(PAGE, members, Map.of("userId", tenant.adminId().toString())),
				memberError + "Only members of staff can be in a team");
		assertRefused(() -> manager.form(PAGE, members, Map.of("userId", "")),
				memberError + "Choose the member of staff to add.");
		assertRefused(() -> manager.form(PAGE, PAGE + "/" + team + "/members/" + outsider.id() + "/remove",
				Map.of()), memberError + "This person is not a member of the team");
		assertRefused(() -> manager.form(PAGE, PAGE + "/" + team + "/lead", Map.of("userId", tenant.userId().toString())),
				"id=\"team-" + team + "-lead-error\">Only members of staff can be in a team");
		assertThat(teams.team(CurrentUser.system(), team).members()).isEmpty();
	}

	@Test
	void agentsAndCustomersMayNotUseTheManagersPages() {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		TeamId team = teams.createTeam(CurrentUser.system(), "Closed " + UUID.randomUUID(), null);
		WebSession asAgent = WebSession.signIn(port, agent.email());
		WebSession asCustomer = WebSession.signIn(port, accounts.tenant().adminEmail());

		assertThat(asAgent.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(asAgent.get("/console").body()).doesNotContain("href=\"/console/teams\"");
		assertThat(asAgent.form("/console", PAGE, Map.of("name", "Mine " + UUID.randomUUID(), "leadId", "")).statusCode())
			.isEqualTo(403);
		assertThat(asAgent.form("/console", PAGE + "/" + team + "/members", Map.of("userId", agent.id().toString()))
			.statusCode()).isEqualTo(403);
		assertThat(asAgent.formWithRepeats("/console", "/console/staff/" + agent.id() + "/language-skills",
				Map.of("languages", List.of("de"))).statusCode()).isEqualTo(403);
		assertThat(asCustomer.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(asCustomer.get("/console/staff").statusCode()).isEqualTo(403);
		assertThat(teams.team(CurrentUser.system(), team).members()).isEmpty();
		assertThat(users.user(CurrentUser.system(), agent.id()).languageSkills()).isEmpty();
		assertThat(WebSession.signIn(port, accounts.staff(Role.MANAGER).email()).get("/console").body())
			.contains("href=\"/console/teams\"");
	}

	@Test
	void aManagerSetsAnAgentsLanguageSkillsOnTheStaffPage() {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		String action = "/console/staff/" + agent.id() + "/language-skills";
		assertThat(manager.get("/console/staff").body()).contains("id=\"skills-form-" + agent.id() + "\"",
				"id=\"skill-" + agent.id() + "-de\"");

		HttpResponse<String> saved = manager.formWithRepeats("/console/staff", action, Map.of("languages", List.of("de", "fr")));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(users.user(CurrentUser.system(), agent.id()).languageSkills()).containsExactlyInAnyOrder(Language.DE,
				Language.FR);
		assertThat(manager.get("/console/staff").body()).contains("The language skills of Staff AGENT were saved.")
			.containsPattern("id=\"skill-" + agent.id() + "-fr\"\\s+checked");

		manager.formWithRepeats("/console/staff", action, Map.of());
		assertThat(users.user(CurrentUser.system(), agent.id()).languageSkills()).as("no box ticked: none").isEmpty();
	}

	@Test
	void aLanguageThatIsNotOfferedIsRefusedNextToTheAgentsBoxesAndCustomersHaveNoSkills() {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		users.changeLanguageSkills(CurrentUser.system(), agent.id(), java.util.Set.of(Language.ES));
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		assertRefused(() -> manager.formWithRepeats("/console/staff", "/console/staff/" + agent.id() + "/language-skills",
				Map.of("languages", List.of("de", "xx"))),
				"id=\"skills-error-" + agent.id() + "\">Choose among the languages shown.");
		assertThat(users.user(CurrentUser.system(), agent.id()).languageSkills()).containsExactly(Language.ES);

		AccountFixtures.Tenant tenant = accounts.tenant();
		HttpResponse<String> customer = manager.formWithRepeats("/console/staff",
				"/console/staff/" + tenant.userId() + "/language-skills", Map.of("languages", List.of("de")));
		assertThat(customer.statusCode()).isEqualTo(400);
		assertThat(users.user(CurrentUser.system(), tenant.userId()).languageSkills()).isEmpty();
	}

	private void assertRefused(Supplier<HttpResponse<String>> post, String... shown) {
		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);

			HttpResponse<String> page = post.get();

			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			assertThat(page.body()).contains(shown);
			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});
	}

	private TeamSummary named(String name) {
		return teams.teams(CurrentUser.system()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
	}
}
