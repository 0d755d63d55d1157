package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;

@SupportdeskTest
class AccountApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AuditLog audit;

	@Test
	void managerCreatesAnOrganisationAndItsFirstAdmin() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String name = "Initech " + System.nanoTime();

		Http.Response created = manager.post("/api/organisations", Map.of("name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/organisations/" + id);

		String email = "boss-" + System.nanoTime() + "@initech.example";
		Http.Response user = manager.post("/api/organisations/" + id + "/users",
				Map.of("email", email, "name", "Bill", "role", "CUSTOMER_ADMIN", "password", "tps-reports-2026"));
		assertThat(user.status()).as(user.toString()).isEqualTo(201);

		Http.Response me = Http.basic(port, email, "tps-reports-2026").get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("organisationId").asString()).isEqualTo(id);
		assertThat(me.json().get("role").asString()).isEqualTo("CUSTOMER_ADMIN");
		assertThat(me.json().has("passwordHash")).isFalse();
	}

	@Test
	void customersSeeOnlyTheirOwnOrganisationAndStaffSeeAll() {
		AccountFixtures.Tenant a = fixtures.tenant();
		AccountFixtures.Tenant b = fixtures.tenant();

		Http.Response mine = Http.basic(port, a.userEmail(), AccountFixtures.PASSWORD).get("/api/organisations");
		assertThat(mine.json().valueStream().map(o -> o.get("id").asString())).containsExactly(a.id().toString());

		Http.Response all = Http.basic(port, fixtures.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/organisations");
		assertThat(all.json().valueStream().map(o -> o.get("id").asString()))
			.contains(a.id().toString(), b.id().toString());
	}

	@Test
	void customerAdminAddsUsersToTheirOrganisationButCustomerUserMayNot() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		var body = Map.of("email", "new-" + System.nanoTime() + "@example.com", "name", "New", "role",
				"CUSTOMER_USER", "password", "a-long-password");

		Http.Response byUser = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/users", body);
		assertThat(byUser.status()).isEqualTo(403);
		assertThat(byUser.header("Content-Type")).startsWith("application/problem+json");

		Http.Response byAdmin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/users", body);
		assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
	}

	@Test
	void customerAdminCannotCreateStaffRolesInTheirOrganisation() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response response = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/users", Map.of("email", "x" + System.nanoTime() + "@e.com",
					"name", "X", "role", "ADMIN", "password", "a-long-password"));
		assertThat(response.status()).isIn(400, 403);
	}

	@Test
	void aTakenEmailAddressIsAConflictNamingTheField() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response response = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + tenant.id() + "/users", Map.of("email", tenant.userEmail().toUpperCase(),
					"name", "Again", "role", "CUSTOMER_USER", "password", "a-long-password"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(response.json().get("code").asString()).isEqualTo("refusal.accounts.user.emailTaken");
		assertThat(response.json().get("detail").asString()).isEqualTo(
				"A user with the e-mail address " + tenant.userEmail().toUpperCase() + " already exists");
	}

	@Test
	void aRefusalSpeaksTheLanguageTheClientAcceptsUnderAStableCode() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response response = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.acceptingLanguage("fr-CH, fr;q=0.9, en;q=0.5")
			.post("/api/organisations/" + tenant.id() + "/users", Map.of("email", tenant.userEmail(),
					"name", "Encore", "role", "CUSTOMER_USER", "password", "a-long-password"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("code").asString()).isEqualTo("refusal.accounts.user.emailTaken");
		assertThat(response.json().get("detail").asString())
			.isEqualTo("Un utilisateur avec l’adresse e-mail " + tenant.userEmail() + " existe déjà");
		assertThat(response.json().get("errors").get(0).get("message").asString())
			.isEqualTo(response.json().get("detail").asString());
	}

	@Test
	void aLanguageSupportdeskDoesNotSpeakGetsEnglish() {
		Http.Response response = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.acceptingLanguage("ja, nl;q=0.8").get("/api/organisations/" + java.util.UUID.randomUUID());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asString()).isEqualTo("refusal.notFound.organisation");
		assertThat(response.json().get("detail").asString()).isEqualTo("Organisation not found");
	}

	@Test
	void roleChangeIsAuditedAndTakesEffect() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http admin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD);

		Http.Response changed = admin.put("/api/users/" + tenant.userId() + "/role", Map.of("role", "CUSTOMER_ADMIN"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("role").asString()).isEqualTo("CUSTOMER_ADMIN");

		assertThat(audit.about(tenant.userEmail(), 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ROLE_CHANGED);
			assertThat(entry.actor()).isEqualTo(tenant.adminEmail());
			assertThat(entry.subject()).isEqualTo(tenant.userEmail());
			assertThat(entry.before()).isEqualTo("CUSTOMER_USER");
			assertThat(entry.after()).isEqualTo("CUSTOMER_ADMIN");
		});
	}

	@Test
	void nobodyMovesBetweenCustomerAndStaffRoles() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http admin = Http.basic(port, fixtures.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);

		Http.Response response = admin.put("/api/users/" + tenant.userId() + "/role", Map.of("role", "AGENT"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("role");
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me").json()
			.get("role").asString()).isEqualTo("CUSTOMER_USER");
	}

	@Test
	void onlyAnAdminMakesAnAdmin() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response response = manager.post("/api/staff", Map.of("email", "root" + System.nanoTime() + "@sd.test",
				"name", "Root", "role", "ADMIN", "password", "a-long-password"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void managerFormsATeamWithALeadAndLanguageSkilledAgents() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		AccountFixtures.Staff lead = fixtures.staff(Role.AGENT);
		AccountFixtures.Staff agent = fixtures.staff(Role.AGENT);

		Http.Response team = manager.post("/api/teams", Map.of("name", "Team " + System.nanoTime(), "leadId",
				lead.id().toString()));
		assertThat(team.status()).as(team.toString()).isEqualTo(201);
		String teamId = team.json().get("id").asString();
		Http.Response members = manager.post("/api/teams/" + teamId + "/members", Map.of("userId", agent.id().toString()));
		assertThat(members.json().get("leadId").asString()).isEqualTo(lead.id().toString());
		assertThat(members.json().get("members").valueStream().map(m -> m.asString()))
			.containsExactlyInAnyOrder(lead.id().toString(), agent.id().toString());

		Http.Response skills = manager.put("/api/users/" + agent.id() + "/language-skills",
				Map.of("languages", java.util.List.of("de", "fr")));
		assertThat(skills.json().get("languageSkills").valueStream().map(l -> l.asString()))
			.containsExactlyInAnyOrder("de", "fr");
	}

	@Test
	void managerChangesATeamsLeadAndRemovesMembersThroughTheApi() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		AccountFixtures.Staff lead = fixtures.staff(Role.AGENT);
		AccountFixtures.Staff agent = fixtures.staff(Role.AGENT);
		String teamId = manager.post("/api/teams", Map.of("name", "Team " + System.nanoTime(), "leadId",
				lead.id().toString())).json().get("id").asString();

		Http.Response led = manager.put("/api/teams/" + teamId + "/lead", Map.of("leadId", agent.id().toString()));
		assertThat(led.status()).as(led.toString()).isEqualTo(200);
		assertThat(led.json().get("leadId").asString()).isEqualTo(agent.id().toString());
		assertThat(led.json().get("members").valueStream().map(m -> m.asString()))
			.containsExactlyInAnyOrder(lead.id().toString(), agent.id().toString());

		Http.Response removed = manager.delete("/api/teams/" + teamId + "/members/" + agent.id());
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		assertThat(removed.json().get("leadId").isNull()).as("a removed lead is no lead").isTrue();
		assertThat(removed.json().get("members").valueStream().map(m -> m.asString())).containsExactly(lead.id().toString());

		Http.Response notAMember = manager.delete("/api/teams/" + teamId + "/members/" + agent.id());
		assertThat(notAMember.status()).isEqualTo(400);
		assertThat(notAMember.json().get("errors").get(0).get("field").asString()).isEqualTo("userId");
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response customerLead = manager.put("/api/teams/" + teamId + "/lead", Map.of("leadId", tenant.userId().toString()));
		assertThat(customerLead.status()).isEqualTo(400);
		assertThat(customerLead.json().get("errors").get(0).get("field").asString()).isEqualTo("leadId");
		java.util.Map<String, Object> noLead = new java.util.HashMap<>();
		noLead.put("leadId", null);
		assertThat(manager.put("/api/teams/" + teamId + "/lead", noLead).json().get("leadId").isNull()).isTrue();
		Http agentApi = Http.basic(port, lead.email(), AccountFixtures.PASSWORD);
		assertThat(agentApi.delete("/api/teams/" + teamId + "/members/" + lead.id()).status()).isEqualTo(403);
		assertThat(agentApi.put("/api/teams/" + teamId + "/lead", Map.of("leadId", lead.id().toString())).status())
			.isEqualTo(403);
	}

	@Test
	void customersHaveNoLanguageSkills() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		AccountFixtures.Tenant tenant = fixtures.tenant();

		Http.Response refused = manager.put("/api/users/" + tenant.userId() + "/language-skills",
				Map.of("languages", java.util.List.of("de")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("userId");
		assertThat(manager.get("/api/users/" + tenant.userId()).json().get("languageSkills").size()).isZero();
	}

	@Test
	void aUserChangesTheirOwnLanguageAndTimeZone() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);

		Http.Response changed = user.put("/api/me/preferences", Map.of("language", "fr", "timeZone", "America/Montreal"));

		assertThat(changed.json().get("language").asString()).isEqualTo("fr");
		assertThat(changed.json().get("timeZone").asString()).isEqualTo("America/Montreal");
		Http.Response badZone = user.put("/api/me/preferences", Map.of("language", "fr", "timeZone", "Mars/Olympus"));
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
	}

	@Test
	void customersReadTimesInTheirOrganisationsZoneUnlessTheyChooseAnother() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response created = manager.post("/api/organisations",
				Map.of("name", "Gotham Tutoring " + System.nanoTime(), "timeZone", "America/New_York"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(manager.get("/api/organisations/" + id).json().get("timeZone").asString())
			.isEqualTo("America/New_York");

		String defaulted = "bruce-" + System.nanoTime() + "@gotham.example";
		manager.post("/api/organisations/" + id + "/users",
				Map.of("email", defaulted, "name", "Bruce", "role", "CUSTOMER_USER", "password", "tps-reports-2026"));
		String chosen = "alfred-" + System.nanoTime() + "@gotham.example";
		manager.post("/api/organisations/" + id + "/users", Map.of("email", chosen, "name", "Alfred", "role",
				"CUSTOMER_USER", "password", "tps-reports-2026", "timeZone", "Europe/London"));

		assertThat(Http.basic(port, defaulted, "tps-reports-2026").get("/api/me").json().get("timeZone").asString())
			.isEqualTo("America/New_York");
		assertThat(Http.basic(port, chosen, "tps-reports-2026").get("/api/me").json().get("timeZone").asString())
			.isEqualTo("Europe/London");
	}

	@Test
	void anOrganisationWithAnUnknownZoneIsRefusedNamingTheFieldAndNotCreated() {
		Http manager = Http.basic(port, fixtures.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String name = "Nowhere Inc " + System.nanoTime();

		Http.Response refused = manager.post("/api/organisations", Map.of("name", name, "timeZone", "Mars/Olympus"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
		assertThat(manager.get("/api/organisations").json().valueStream().map(o -> o.get("name").asString()))
			.doesNotContain(name);
	}

	@Test
	void staffReadTimesInBerlinUnlessTheyChooseAnotherZone() {
		assertThat(Http.basic(port, fixtures.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/me")
			.json()
			.get("timeZone")
			.asString()).isEqualTo("Europe/Berlin");
	}
}
