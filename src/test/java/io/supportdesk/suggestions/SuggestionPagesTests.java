package io.supportdesk.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** The suggestion pages: similar ones while typing, submitting, voting, and names kept from other customers. */
@SupportdeskTest
class SuggestionPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Test
	void whileTypingACustomerSeesSimilarSuggestionsThenSubmitsAndVotes() {
		Tenant a = subscribed();
		Tenant b = subscribed();
		String product = "Pages " + UUID.randomUUID().toString().substring(0, 8);
		WebSession other = WebSession.signIn(port, b.userEmail(), AccountFixtures.PASSWORD);
		HttpResponse<String> first = other.form("/portal/suggestions/new", "/portal/suggestions",
				Map.of("title", "Calendar export of exam sessions", "description", "To our Outlook.", "product", product));
		assertThat(first.statusCode()).isEqualTo(302);
		WebSession customer = WebSession.signIn(port, a.userEmail(), AccountFixtures.PASSWORD);

		String similar = customer.htmx().get("/portal/suggestions/similar?product=" + URLEncoder.encode(product,
				StandardCharsets.UTF_8) + "&title=" + URLEncoder.encode("export sessions", StandardCharsets.UTF_8)).body();
		assertThat(similar).contains("Calendar export of exam sessions").doesNotContain("<html");

		String location = first.headers().firstValue("Location").orElseThrow();
		String path = location.replaceAll("^https?://[^/]+", "");
		assertThat(customer.form(path, path + "/vote", Map.of("vote", "true")).statusCode()).isEqualTo(302);
		String page = customer.get(path).body();
		assertThat(page).contains("1 votes").contains("Withdraw my vote").contains("a customer")
			.doesNotContain(b.userEmail()).doesNotContain("User " + b.userEmail().substring(5, 13));
		String staffPage = WebSession.signIn(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get(path.replace("/portal/", "/console/")).body();
		assertThat(staffPage).contains("User " + b.userEmail().substring(5, 13)).contains("1 votes from 1 organisations");
	}

	@Test
	void aRefusedSuggestionIsNamedNextToItsField() {
		WebSession customer = WebSession.signIn(port, subscribed().userEmail(), AccountFixtures.PASSWORD);
		HttpResponse<String> refused = customer.form("/portal/suggestions/new", "/portal/suggestions",
				Map.of("title", "", "description", "Something", "product", "Constructor Proctor"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error").contains("is required");
	}

	private Tenant subscribed() {
		Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return tenant;
	}
}
