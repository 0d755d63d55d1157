package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** The SLA in the pages: the console panel and badges, the queue page, the customer's commitments. */
@SupportdeskTest
class SlaPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Test
	void theConsolePanelExplainsAReclassifiedCase() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String caseId = open(tenant, 3);
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		Http.basic(port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + caseId + "/severity", Map.of("severity", 1, "reason", "Exams stopped"));

		HttpResponse<String> panel = WebSession.signIn(port, agent.email()).htmx().get("/console/cases/" + caseId + "/sla");

		assertThat(panel.statusCode()).isEqualTo(200);
		assertThat(panel.body()).contains("id=\"sla-panel\"", "First response", "24x7", "Reclassified 3 → 1",
				"recomputed from the opening").doesNotContain("<html");
	}

	@Test
	void aFreshCaseShowsAGreenCountdownAndTheQueueListsIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String caseId = open(tenant, 1);
		WebSession agent = WebSession.signIn(port, accounts.staff(Role.AGENT).email());

		assertThat(agent.get("/console/cases/" + caseId + "/sla/badge").body()).contains("sla-badge-GREEN");
		// the queue colours its badges itself, from the stored SLA, and refreshes as one request
		assertThat(agent.get("/console/queue").body()).contains("id=\"queue-" + caseId + "\"", "sla-badge-GREEN",
				"id=\"queue-rows\"", "hx-trigger=\"every 30s\"").doesNotContain("/sla/badge");
		assertThat(agent.htmx().get("/console/queue").body()).contains("id=\"queue-" + caseId + "\"")
			.doesNotContain("<html");
	}

	@Test
	void aCustomerSeesTheCommittedResponseTimesBeforeSubmitting() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		WebSession customer = WebSession.signIn(port, tenant.userEmail());

		assertThat(customer.get("/portal/cases/new").body()).contains("hx-get=\"/portal/sla/commitments\"");
		HttpResponse<String> commitments = customer.htmx().get("/portal/sla/commitments");

		assertThat(commitments.body()).contains("id=\"commitment-1\"", "id=\"commitment-4\"", "open 24x7",
				"Standard business hours");
	}

	private String open(AccountFixtures.Tenant tenant, int severity) {
		return Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", severity)).json().get("id")
			.asString();
	}
}
