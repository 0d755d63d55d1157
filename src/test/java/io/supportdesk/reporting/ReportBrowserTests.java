package io.supportdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** In Chromium: a manager opens the SLA report, switches the period, downloads the CSV. */
@SupportdeskTest
class ReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Test
	void aManagerOpensTheSlaReportSwitchesThePeriodAndDownloadsTheCsv() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
		AccountFixtures.Staff manager = accounts.staff(Role.MANAGER);
		String product = "Browser report " + UUID.randomUUID();
		// Premier Severity 1 on Tue 3 March 2026, answered after 5 minutes (met) — ISO week 10
		Http.Response imported = Http.basic(port, manager.email(), AccountFixtures.PASSWORD).post("/api/import/cases",
				Map.of("organisationId", tenant.id().toString(), "subject", "Browser report", "description", "x", "product",
						product, "events", List.of(Map.of("at", "2026-03-03T09:00:00Z", "type", "OPENED", "severity", 1),
								Map.of("at", "2026-03-03T09:05:00Z", "type", "SUPPORT_REPLIED", "body", "On it"))));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(manager.email(), AccountFixtures.PASSWORD)
				.go("/console/reports/sla?from=2026-03-01&to=2026-03-31&product=" + URLEncoder.encode(product, StandardCharsets.UTF_8));
			assertThat(browser.text(By.id("attainment-table"))).contains("PREMIER", "2026-03", "100.0 %");
			assertThat(browser.waitFor(By.cssSelector("#attainment-chart svg rect")).getAttribute("height")).isNotBlank();

			browser.click(By.id("period-week"));
			assertThat(browser.waitForText(By.id("attainment-table"), "2026-W10")).contains("PREMIER");
			assertThat(browser.text(By.cssSelector("#period-switch .current"))).isEqualTo("Week");

			String href = browser.waitFor(By.id("report-csv")).getAttribute("href");
			assertThat(href).contains("period=week");
			// the download, fetched with the page's own session
			String csv = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
			// (line ends as the browser hands the text over; CsvTests and SlaReportTests check the CRLFs)
			List<String> lines = csv.lines().toList();
			assertThat(lines.get(0)).as(csv).startsWith("plan,severity,period,opened,met,breached,running,attainment");
			assertThat(lines.get(1)).as(csv).startsWith("PREMIER,1,2026-W10,1,1,0,0,1.0,");
		}
	}
}
