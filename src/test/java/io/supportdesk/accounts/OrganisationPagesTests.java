package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;

/** The console's organisation pages: a new organisation's time zone, and a zone that does not exist. */
@SupportdeskTest
class OrganisationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Test
	void aManagerCreatesAnOrganisationInItsTimeZoneFromTheConsole() {
		WebSession manager = WebSession.signIn(port, fixtures.staff(Role.MANAGER).email());
		String name = "Gotham Tutoring " + System.nanoTime();

		HttpResponse<String> created = manager.form("/console/organisations", "/console/organisations",
				Map.of("name", name, "timeZone", "America/New_York"));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(accounts.organisations(CurrentUser.system()))
			.anySatisfy(o -> assertThat(o).extracting(OrganisationSummary::name, s -> s.timeZone().getId())
				.containsExactly(name, "America/New_York"));
	}

	@Test
	void anUnknownZoneIsAMessageNextToTheFieldAndCreatesNothing() {
		WebSession manager = WebSession.signIn(port, fixtures.staff(Role.MANAGER).email());
		String name = "Nowhere Inc " + System.nanoTime();

		HttpResponse<String> refused = manager.form("/console/organisations?lang=de", "/console/organisations",
				Map.of("name", name, "timeZone", "Mars/Olympus"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("<span class=\"field-error\">Keine bekannte Zeitzone");
		assertThat(accounts.organisations(CurrentUser.system())).noneMatch(o -> o.name().equals(name));
	}
}
