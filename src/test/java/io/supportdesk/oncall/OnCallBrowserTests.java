package io.supportdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** In Chromium: the agent on call acknowledges the page of a Premier Severity 1 case on the console. */
@SupportdeskTest
class OnCallBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	Rotas rotas;

	@Autowired
	Paging paging;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theAgentOnCallAcknowledgesThePageOnTheConsole() {
		clock.set(Instant.now().plus(Duration.ofDays(1))); // no escalation timer fires by itself meanwhile
		jdbc.sql("delete from oncall_rota").update();
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		rotas.create(CurrentUser.system(), new NewRota("000 Browser " + UUID.randomUUID(), "Europe/Berlin", 1,
				List.of(new NewRota.NewLayer(LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")).minusDays(1)
					.withSecond(0).withNano(0).toString(), "DAILY", null, List.of(agent.id().toString()), null, null, null))));
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		CaseId caseId = new CaseId(UUID.fromString(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Exams halted", "description", "All rooms", "severity", 1)).json().get("id")
			.asString()));
		await().atMost(Duration.ofSeconds(30)).until(() -> !paging.pagesOf(CurrentUser.system(), caseId).isEmpty());

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(agent.email(), AccountFixtures.PASSWORD).go("/console/oncall");
			assertThat(browser.text(By.id("oncall-pages"))).contains("primary on call", "waiting for you");
			browser.click(By.cssSelector("#oncall-pages button[type=submit]"));

			assertThat(browser.waitForText(By.id("oncall-notice"), "Acknowledged")).isNotEmpty();
			assertThat(browser.text(By.id("oncall-pages"))).contains("acknowledged");
		}
		assertThat(paging.pagesOf(CurrentUser.system(), caseId)).allSatisfy(page -> assertThat(page.state()).isEqualTo("ACKNOWLEDGED"));
	}
}
