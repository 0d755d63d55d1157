package io.supportdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** The console's on-call page: a manager creates a rota; a mistake is named next to its field. */
@SupportdeskTest
class OnCallPageTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	Rotas rotas;

	@Test
	void aManagerCreatesARotaOnThePageAndSeesItWithItsMembers() {
		AccountFixtures.Staff member = accounts.staff(Role.AGENT);
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		String name = "Nights " + java.util.UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> created = manager.formWithRepeats("/console/oncall", "/console/oncall/rotas", Map.of("name",
				List.of(name), "zone", List.of("Europe/Berlin"), "level", List.of("2"), "handoff", List.of("2030-01-07T09:00"),
				"shift", List.of("WEEKLY"), "members", List.of(member.id().toString()), "restrictFrom", List.of("20:00"),
				"restrictTo", List.of("08:00")));

		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/oncall"));
		assertThat(manager.get("/console/oncall").body()).contains(name).contains("Staff AGENT").contains("20:00–08:00");
	}

	@Test
	void aRotaWithoutMembersIsNamedNextToTheMembersField() {
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		HttpResponse<String> refused = manager.formWithRepeats("/console/oncall", "/console/oncall/rotas", Map.of("name",
				List.of("Empty"), "zone", List.of("Europe/Berlin"), "level", List.of("1"), "handoff", List.of("2030-01-07T09:00"),
				"shift", List.of("DAILY")));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("a layer needs between 1 and 100 members");
	}

	@Test
	void anAgentRecordsTheirOwnAbsenceOnThePageAndMayRemoveIt() {
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());
		String reason = "Holiday " + java.util.UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> recorded = agent.form("/console/oncall", "/console/oncall/away", Map.of("from", "2030-02-01T09:00",
				"to", "2030-02-05T18:00", "reason", reason));

		assertThat(recorded.statusCode()).isEqualTo(302);
		String page = agent.get("/console/oncall").body();
		assertThat(page).contains("The absence is recorded").contains(reason);
		String row = page.substring(page.indexOf(reason) - 400, page.indexOf(reason) + 400);
		assertThat(row).contains("/remove").doesNotContain("id=\"away-user\"");
	}

	@Test
	void anAbsenceEndingBeforeItStartsIsNamedNextToTheUntilField() {
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		HttpResponse<String> refused = agent.form("/console/oncall?lang=fr", "/console/oncall/away", Map.of("from",
				"2030-02-05T09:00", "to", "2030-02-01T18:00", "reason", ""));

		assertThat(refused.statusCode()).isEqualTo(200);
		String form = refused.body().substring(refused.body().indexOf("id=\"oncall-away-form\""));
		assertThat(form).contains("doit être après le début").contains("value=\"2030-02-05T09:00\"");
	}

	@Test
	void aManagerAddsAnOverrideOnTheRotasForm() {
		AccountFixtures.Staff cover = accounts.staff(Role.AGENT);
		String name = "Cover " + java.util.UUID.randomUUID().toString().substring(0, 8);
		java.util.UUID rota = rotas.create(io.supportdesk.accounts.CurrentUser.system(), new NewRota(name, "Europe/Berlin", 2,
				List.of(new NewRota.NewLayer("2030-01-07T09:00", "WEEKLY", null, List.of(accounts.staff(Role.AGENT).id().toString()),
						null, null, null)))).id();
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		HttpResponse<String> added = manager.form("/console/oncall", "/console/oncall/rotas/" + rota + "/overrides",
				Map.of("userId", cover.id().toString(), "from", "2030-01-08T09:00", "to", "2030-01-08T17:00"));

		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(rotas.rota(io.supportdesk.accounts.CurrentUser.system(), rota).overrides()).singleElement()
			.satisfies(o -> {
				// 09:00–17:00 in the manager's zone, Europe/Berlin (CET, UTC+1): 08:00–16:00 UTC
				assertThat(o.from()).isEqualTo(java.time.Instant.parse("2030-01-08T08:00:00Z"));
				assertThat(o.to()).isEqualTo(java.time.Instant.parse("2030-01-08T16:00:00Z"));
				assertThat(o.user()).isEqualTo(cover.id());
			});
	}
}
