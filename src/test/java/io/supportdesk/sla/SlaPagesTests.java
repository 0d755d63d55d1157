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
	io.supportdesk.MutableClock clock;

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

	@Test
	void aCustomerSeesOnTheirCaseWhatSupportCommittedToAndWhereItStands() {
		// Premier Severity 2 (30 minutes on the standard hours), opened Monday 7 December 2026 at 09:00
		// CET: the first response is due 09:30 CET (08:30Z). The customer reads it in their own zone,
		// New York: 03:30 EST.
		clock.set(java.time.Instant.parse("2026-12-07T08:00:00Z"));
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).put("/api/me/preferences",
				Map.of("language", "en", "timeZone", "America/New_York"));
		String caseId = open(tenant, 2);
		WebSession customer = WebSession.signIn(port, tenant.userEmail());

		assertThat(customer.get("/portal/cases/" + caseId).body()).contains("hx-get=\"/portal/cases/" + caseId + "/sla\"");
		assertThat(customer.htmx().get("/portal/cases/" + caseId + "/sla").body()).contains("id=\"case-commitment\"",
				"We will answer by 7 Dec 2026, 03:30 EST.").doesNotContain("<html");

		clock.set(java.time.Instant.parse("2026-12-07T08:20:00Z"));
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		agent.post("/api/cases/" + caseId + "/replies", Map.of("body", "Which version do you run?"));
		agent.post("/api/cases/" + caseId + "/status", Map.of("status", "PENDING_CUSTOMER"));

		assertThat(customer.htmx().get("/portal/cases/" + caseId + "/sla").body())
			.contains("Answered on 7 Dec 2026, 03:20 EST, as committed (by 7 Dec 2026, 03:30 EST).",
					"Support is waiting for your reply to their message of 7 Dec 2026, 03:20 EST.");
	}

	@Test
	void aCustomerOfAnotherOrganisationCannotReadTheCommitment() {
		AccountFixtures.Tenant owner = accounts.tenant();
		plans.subscribe(owner.id(), PlanCode.PREMIER);
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(other.id(), PlanCode.PREMIER);
		String caseId = open(owner, 2);

		assertThat(WebSession.signIn(port, other.userEmail()).htmx().get("/portal/cases/" + caseId + "/sla").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theCustomersCaseListShowsEachCommitmentInOneRequestAndNothingOfOtherOrganisations() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Tenant other = accounts.tenant();
		plans.subscribe(other.id(), PlanCode.PREMIER);
		String mine = open(tenant, 2);
		String theirs = open(other, 2);
		WebSession customer = WebSession.signIn(port, tenant.userEmail());

		assertThat(customer.get("/portal/cases").body()).contains("id=\"commitment-" + mine + "\"",
				"hx-get=\"/portal/sla/cases?ids=" + mine);
		String cells = customer.htmx().get("/portal/sla/cases?ids=" + mine + "," + theirs + ",not-an-id").body();

		assertThat(cells).contains("id=\"commitment-" + mine + "\"", "hx-swap-oob=\"true\"", "answer by ")
			.doesNotContain(theirs);
	}

	private String open(AccountFixtures.Tenant tenant, int severity) {
		return Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exam down", "description", "x", "severity", severity)).json().get("id")
			.asString();
	}
}
