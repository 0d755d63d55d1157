package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;

/**
 * The console's organisation pages: a new organisation's time zone, a zone that does not exist, and a
 * taken name refused in the reader's language.
 */
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

	@Test
	void aTakenNameIsRefusedNextToTheFieldInTheReadersLanguage() {
		WebSession manager = WebSession.signIn(port, fixtures.staff(Role.MANAGER).email());
		String name = "Doppelt GmbH " + System.nanoTime();
		accounts.createOrganisation(CurrentUser.system(), name, java.time.ZoneId.of("Europe/Berlin"));

		HttpResponse<String> german = manager.form("/console/organisations?lang=de", "/console/organisations",
				Map.of("name", name, "timeZone", "Europe/Berlin"));
		HttpResponse<String> english = manager.form("/console/organisations?lang=en", "/console/organisations",
				Map.of("name", name, "timeZone", "Europe/Berlin"));

		assertThat(german.statusCode()).isEqualTo(200);
		assertThat(german.body()).contains("<span class=\"field-error\">Eine Organisation namens „" + name
				+ "“ gibt es bereits</span>");
		assertThat(english.body()).contains("<span class=\"field-error\">An organisation named &#39;" + name
				+ "&#39; already exists</span>");
		assertThat(accounts.organisations(CurrentUser.system())).filteredOn(o -> o.name().equals(name)).hasSize(1);
	}
}
