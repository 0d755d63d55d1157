package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** In Chromium: the queue's countdowns load and are coloured, the SLA panel explains a reclassification, customers see the commitment. */
@SupportdeskTest
class SlaBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Test
	void anAgentSeesColouredCountdownsAndTheExplainedSlaOfAReclassifiedCase() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		// Severity 3 on Premier: 2 business hours; reclassified to Severity 1 at once: 15 minutes on
		// 24x7 from the opening, still running (green) a moment later.
		String caseId = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Proctoring stalls", "description", "x", "severity", 3)).json()
			.get("id").asString();
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		Http.basic(port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + caseId + "/severity", Map.of("severity", 1, "reason", "Live exams affected"));

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(agent.email(), AccountFixtures.PASSWORD).go("/console/queue");
			assertThat(browser.waitFor(By.cssSelector("#queue-" + caseId + " .sla-badge")).getAttribute("class"))
				.contains("sla-badge-GREEN");

			browser.go("/console/cases/" + caseId);
			String panel = browser.waitForText(By.id("sla-panel"), "Reclassified 3 → 1");
			assertThat(panel).contains("24x7", "recomputed from the opening");
		}
	}

	@Test
	void aCustomerSeesTheCommittedResponseTimeOnTheNewCaseForm() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/cases/new");
			assertThat(browser.waitForText(By.id("commitment-1"), "24x7")).contains("15");
			assertThat(browser.text(By.id("commitment-2"))).contains("30", "Standard business hours");
		}
	}
}
