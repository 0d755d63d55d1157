package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** In a real browser: customers land in the portal, staff in the console, each in the language they pick. */
@SupportdeskTest
class ShellBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Test
	void aCustomerSeesThePortalInEnglishAndThenInGerman() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD);

			assertThat(browser.currentPath()).isEqualTo("/portal");
			assertThat(browser.text(By.cssSelector(".brand small"))).isEqualTo("Customer portal");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Admin " + tenant.adminEmail().substring(6, 14));
			assertThat(browser.text(By.cssSelector(".main-nav"))).contains("Home", "Administration", "Account");

			browser.click(By.cssSelector(".languages a[hreflang=de]"));

			assertThat(browser.waitForText(By.tagName("h1"), "Willkommen")).startsWith("Willkommen, Admin");
			assertThat(browser.text(By.cssSelector(".main-nav"))).contains("Start", "Verwaltung", "Konto");
			assertThat(browser.text(By.cssSelector(".brand small"))).isEqualTo("Kundenportal");
		}
	}

	@Test
	void anAgentSeesTheConsoleInEnglishAndThenInFrench() {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(agent.email(), AccountFixtures.PASSWORD);

			assertThat(browser.currentPath()).isEqualTo("/console");
			assertThat(browser.text(By.cssSelector(".brand small"))).isEqualTo("Support console");
			assertThat(browser.text(By.cssSelector(".main-nav"))).contains("Home", "Administration");

			browser.click(By.cssSelector(".languages a[hreflang=fr]"));

			assertThat(browser.waitForText(By.tagName("h1"), "Bonjour")).isEqualTo("Bonjour, Staff AGENT");
			assertThat(browser.text(By.cssSelector(".brand small"))).isEqualTo("Console de support");
		}
	}

	@Test
	void aCustomerAdminAddingAUserSeesTheMistakeNextToTheField() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/users");
			browser.type(By.id("user-name"), "Carla Colleague").type(By.id("user-email"), "not-an-address")
				.type(By.id("user-password"), "short");

			browser.click(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.waitFor(By.cssSelector("#user-email + .field-error")).getText()).isNotBlank();
			assertThat(browser.waitFor(By.cssSelector("#user-password ~ .field-error")).getText()).isNotBlank();
			assertThat(browser.driver().findElement(By.id("user-name")).getAttribute("value")).isEqualTo("Carla Colleague");

			String email = "carla-" + System.nanoTime() + "@example.com";
			browser.type(By.id("user-email"), email).type(By.id("user-password"), "a-long-enough-password");
			browser.click(By.cssSelector("form.form button[type=submit]"));

			assertThat(browser.waitForText(By.id("users"), email)).contains("Carla Colleague");
		}
	}
}
