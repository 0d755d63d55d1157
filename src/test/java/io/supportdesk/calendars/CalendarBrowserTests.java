package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** A manager builds a calendar in the console, imports holidays and previews a due instant, in Chromium. */
@SupportdeskTest
class CalendarBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Test
	void aManagerCreatesACalendarImportsHolidaysAndPreviewsASeverity2Target() {
		String name = "Berlin support " + System.nanoTime();
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
				.go("/console/calendars");

			// The form comes with Monday to Friday 08:00-20:00 and Europe/Berlin.
			browser.type(By.id("calendar-name"), name).click(By.cssSelector("#week-form button[type=submit]"));
			assertThat(browser.waitForText(By.tagName("h1"), name)).isEqualTo(name);
			assertThat(browser.driver().findElement(By.id("day-FRIDAY")).getAttribute("value")).isEqualTo("08:00-20:00");

			browser.type(By.id("import-from"), "2027").type(By.id("import-to"), "2027")
				.click(By.cssSelector("#holiday-import button[type=submit]"));
			assertThat(browser.waitForText(By.id("holiday-list"), "Sat 25 Dec 2027")).contains("Sun 3 Oct 2027", "Fri 1 Jan 2027");

			// Severity 2 on a Standard plan: 8 business hours. Opened Friday 8 January 2027 at 18:30:
			// 1.5 h until 20:00, then 6.5 h from Monday 08:00, so due Monday 11 January 2027 at 14:30.
			WebElement start = browser.waitFor(By.id("preview-start"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2027-01-08T18:30'", start);
			browser.type(By.id("preview-amount"), "8").click(By.cssSelector("#preview-section button[type=submit]"));

			assertThat(browser.waitForText(By.id("preview-due"), "11 Jan 2027, 14:30 CET")).startsWith("Mon");
			assertThat(browser.text(By.id("preview-explanation"))).contains("2027-01-08", "2027-01-11");
		}
	}

	@Test
	void aMistakeInTheWeeklyGridIsShownNextToTheDay() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
				.go("/console/calendars");

			browser.type(By.id("calendar-name"), "Broken " + System.nanoTime()).type(By.id("day-MONDAY"), "8 to 12")
				.click(By.cssSelector("#week-form button[type=submit]"));

			assertThat(browser.waitFor(By.cssSelector("#day-MONDAY + .field-error")).getText()).contains("08:00-12:00");
			assertThat(browser.driver().findElement(By.id("day-MONDAY")).getAttribute("value")).isEqualTo("8 to 12");
		}
	}

	@Test
	void overlappingHoursAreShownNextToTheirDay() {
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
				.go("/console/calendars");

			browser.type(By.id("calendar-name"), "Overlap " + System.nanoTime())
				.type(By.id("day-TUESDAY"), "08:00-12:00, 11:00-14:00")
				.click(By.cssSelector("#week-form button[type=submit]"));

			assertThat(browser.waitFor(By.cssSelector("#day-TUESDAY + .field-error")).getText()).contains("overlaps");
		}
	}
}
