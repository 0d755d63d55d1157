package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/** In Chromium: a Proctored customer books a monthly pattern on the portal and sees its windows. */
@SupportdeskTest
class ExamBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MutableClock clock;

	@Test
	void aProctoredCustomerBooksAMonthlyPatternAndSeesItsWindows() {
		// Every Tuesday and Thursday of July 2027, 08:00–14:00 Berlin time: 1, 6, 8, 13, 15, 20, 22, 27 and 29 July.
		clock.set(Instant.parse("2026-12-02T09:00:00Z"));
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PROCTORED_EXAM_24X7, Instant.parse("2026-01-01T00:00:00Z"),
				Instant.parse("2029-01-01T00:00:00Z"));

		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/exams");
			browser.waitFor(By.id("book-monthly"));
			((JavascriptExecutor) browser.driver()).executeScript(
					"document.getElementById('MONTHLY-zone').value = 'Europe/Berlin';"
							+ "document.getElementById('MONTHLY-start').value = '2027-07-01T08:00';");
			browser.click(By.cssSelector("#book-monthly button[type=submit]"));

			assertThat(browser.waitForText(By.id("exams-notice"), "Booked.")).isNotEmpty();
			String windows = browser.text(By.id("exam-windows-table"));
			assertThat(windows.split("Jul 2027", -1).length - 1).as(windows).isGreaterThanOrEqualTo(9);
			assertThat(browser.text(By.id("exam-bookings-table"))).contains("Monthly", "FREQ=WEEKLY;BYDAY=TU,TH", "9");
		}
	}
}
