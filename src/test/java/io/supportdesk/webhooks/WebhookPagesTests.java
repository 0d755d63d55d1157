package io.supportdesk.webhooks;

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

/** The webhook pages: adding one in the console and the portal, the secret shown once, refusals next to their field. */
@SupportdeskTest
class WebhookPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Test
	void aManagerAddsAWebhookAndSeesItsSecretOnceThenItsDeliveries() {
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());
		assertThat(manager.get("/console/webhooks").body()).contains("id=\"webhooks-table\"").contains("sla.warning");

		HttpResponse<String> added = manager.formWithRepeats("/console/webhooks", "/console/webhooks",
				Map.of("url", List.of("http://127.0.0.1:9/desk"), "events", List.of("case.opened", "case.resolved"),
						"description", List.of("The desk's chat room")));

		String location = added.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/console/webhooks/[0-9a-f-]{36}");
		String page = manager.get(java.net.URI.create(location).getPath()).body();
		assertThat(page).contains("id=\"webhook-secret-value\">whsec_").contains("case.opened, case.resolved");
		assertThat(manager.get(java.net.URI.create(location).getPath()).body()).as("shown once")
			.doesNotContain("webhook-secret-value");
	}

	@Test
	void aRefusedUrlIsNamedNextToItsFieldWithWhatWasTypedKept() {
		WebSession manager = WebSession.signIn(port, accounts.staff(Role.MANAGER).email());

		HttpResponse<String> refused = manager.formWithRepeats("/console/webhooks", "/console/webhooks",
				Map.of("url", List.of("ftp://example.com/in"), "events", List.of("case.opened")));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"webhook-url-error\"").contains("must be an http or https URL")
			.contains("value=\"ftp://example.com/in\"");
	}

	@Test
	void aCustomerAdminHasThePortalPageWithoutStaffOnlyEventsAndACustomerUserHasNone() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		String page = WebSession.signIn(port, tenant.adminEmail()).get("/portal/webhooks").body();
		assertThat(page).contains("case.opened").doesNotContain("sla.warning").doesNotContain("case.assigned");

		assertThat(WebSession.signIn(port, tenant.userEmail()).get("/portal/webhooks").statusCode()).isEqualTo(403);
	}
}
