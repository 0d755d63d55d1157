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
}
