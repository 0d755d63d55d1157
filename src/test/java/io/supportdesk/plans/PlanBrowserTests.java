package io.supportdesk.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;

/**
 * The plan pages in Chromium: what a customer sees of their programme and orders from it, and how
 * operations and agents move it on in the console.
 */
@SupportdeskTest
class PlanBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TamManagement tams;

	@Autowired
	TrialLicenceManagement licences;

	@Autowired
	MutableClock clock;

	@Autowired
	PlanCatalogue catalogue;

	@Test
	void aPremierCustomerAdminSeesPlanTargetsAndTamThenRequestsATrialLicenceAndATrainingAddOn() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff tam = accounts.staff(Role.TAM);
		tams.assign(CurrentUser.system(), tenant.id(), tam.id());
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD)
				.click(By.linkText("Support plan"));

			assertThat(browser.waitForText(By.cssSelector(".plan-name"), "Premier")).isEqualTo("Premier");
			// SPEC.md §2: Premier answers Severity 1 within 15 minutes around the clock and updates
			// it every 2 hours; Severity 4 within 1 business day on the Standard business hours.
			assertThat(browser.text(By.cssSelector("#targets tr[data-severity='1']")))
				.contains("15 minutes", "24x7", "2 hours");
			assertThat(browser.text(By.cssSelector("#targets tr[data-severity='4']")))
				.contains("1 business day", "Standard business hours");
			assertThat(browser.text(By.id("tam-name"))).isEqualTo("Staff TAM");
			assertThat(browser.text(By.id("tam-email"))).isEqualTo(tam.email());
			assertThat(browser.text(By.id("entitlement-TRIAL_LICENCE"))).startsWith("Yes");
			assertThat(browser.text(By.id("severities")))
				.contains("complete failure, critical security breach, service unusable, no workaround.");

			assertThat(browser.waitFor(By.id("trial-days")).getAttribute("value")).isEqualTo("90");
			browser.type(By.id("trial-product"), "Constructor Proctor 7")
				.type(By.id("trial-purpose"), "Staging system for the spring exams")
				.click(By.cssSelector("#trial-form button[type=submit]"));
			assertThat(browser.waitForText(By.id("trial-list"), "Constructor Proctor 7")).contains("90");
			assertThat(browser.text(By.cssSelector("#trial-list tbody tr .status"))).isEqualTo("Requested");

			new Select(browser.waitFor(By.id("addon-kind"))).selectByValue("TRAINING");
			browser.type(By.id("addon-description"), "Two days of administrator training")
				.click(By.cssSelector("#addon-form button[type=submit]"));
			assertThat(browser.waitForText(By.id("addon-list"), "Two days of administrator training")).contains("Training");
			assertThat(browser.text(By.cssSelector("#addon-list tbody tr .status"))).isEqualTo("Requested");
		}
	}

	@Test
	void anOperationsUserUpgradesAStandardOrganisationToPremierAndTheCustomerPortalShowsPremier() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		SubscriptionId subscription = plans.subscribe(tenant.id(), PlanCode.STANDARD);
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
				.go("/console/organisations/" + tenant.id()).click(By.id("programme-link"));
			String term = "#subscription-" + subscription;
			assertThat(browser.waitForText(By.cssSelector(term + " .plan-now"), "Standard")).isEqualTo("Standard");

			new Select(browser.waitFor(By.id("upgrade-plan-" + subscription))).selectByValue("PREMIER");
			// "Effective from" stays empty: the upgrade takes effect at the application clock's now,
			// which is also the instant the customer's page asks about, so Premier is in force there.
			browser.click(By.cssSelector("#upgrade-" + subscription + " button[type=submit]"));

			assertThat(browser.waitForText(By.id("saved"), "The plan was changed.")).isNotBlank();
			assertThat(browser.text(By.cssSelector(term + " .plan-now"))).isEqualTo("Premier");
			assertThat(browser.text(By.cssSelector(term + " .periods"))).contains("Standard", "Premier");
			assertThat(browser.text(By.id("entitlement-DEDICATED_TAM"))).startsWith("Yes");
		}
		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/plan");

			assertThat(customer.text(By.cssSelector(".plan-name"))).isEqualTo("Premier");
			assertThat(customer.text(By.cssSelector("#targets tr[data-severity='1']"))).contains("15 minutes");
			assertThat(customer.waitFor(By.id("trial-form")).isDisplayed()).isTrue();
		}
	}

	/**
	 * A plan of the test's own (Premier's targets: Severity 1 answered within 15 minutes on 24x7). The
	 * manager makes it 10 minutes with "effective from" left empty, i.e. from the application clock's
	 * now — the instant the customer's pages ask about, so the new time is what they promise.
	 */
	@Test
	void aManagerShortensAFirstResponseTargetInTheConsoleAndTheCustomersPortalShowsTheNewTime() {
		PlanCode code = new PlanCode("BROWSER_" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase());
		catalogue.put(CurrentUser.system(), code, PlanEditorPagesTests.testPlan(), Instant.EPOCH);
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), code);
		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD).go("/portal");
			assertThat(customer.waitForText(By.id("commitment-1"), "15 minutes")).contains("24x7");
		}
		try (Browser manager = Browser.open(port)) {
			manager.go("/login?lang=en").signIn(accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
				.go("/console/plans").click(By.id("open-" + code));
			assertThat(manager.waitFor(By.id("target-1-FIRST_RESPONSE-amount")).getAttribute("value")).isEqualTo("15");

			manager.type(By.id("target-1-FIRST_RESPONSE-amount"), "10");
			new Select(manager.waitFor(By.id("target-1-FIRST_RESPONSE-unit"))).selectByValue("MINUTES");
			manager.click(By.cssSelector("#plan-form button[type=submit]"));

			assertThat(manager.waitForText(By.id("saved"), "The new version was saved.")).isNotBlank();
			assertThat(manager.text(By.cssSelector("#targets tr[data-severity='1']"))).contains("10 minutes");
			assertThat(manager.text(By.id("versions"))).contains("10 minutes", "15 minutes", "superseded");
		}
		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD).go("/portal");
			assertThat(customer.waitForText(By.id("commitment-1"), "10 minutes")).contains("24x7");
			customer.go("/portal/plan");
			assertThat(customer.text(By.cssSelector("#targets tr[data-severity='1']"))).contains("10 minutes");
		}
	}

	@Test
	void aStandardCustomerAdminSeesNoTrialLicenceFormButTheUpgradeNote() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		try (Browser browser = Browser.open(port)) {
			browser.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/plan");

			assertThat(browser.text(By.cssSelector(".plan-name"))).isEqualTo("Standard");
			// SPEC.md §2: Standard answers Severity 1 within 4 hours of business time.
			assertThat(browser.text(By.cssSelector("#targets tr[data-severity='1']")))
				.contains("4 hours", "Standard business hours");
			assertThat(browser.driver().findElements(By.id("trial-form"))).isEmpty();
			assertThat(browser.text(By.id("trial-upgrade-note"))).contains("part of Premier support");
			assertThat(browser.text(By.id("entitlement-TRIAL_LICENCE"))).startsWith("No");

			browser.click(By.cssSelector("#trial-upgrade-note a"));

			assertThat(browser.text(By.id("upgrade"))).contains("Premier", "Proctored exam 24x7", "sales representative");
		}
	}

	@Test
	void anIssuedKeyShowsOnceToItsRequesterThenOnlyItsHintAndExpiresAfterItsDuration() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		TrialLicenceId licence = licences.request(accounts.as(tenant.adminId()), tenant.id(), "Constructor Proctor 8",
				"Load tests", 30);
		try (Browser agent = Browser.open(port)) {
			agent.go("/login?lang=en").signIn(accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
				// trial licences sit in the navigation's Customers menu
				.click(By.xpath("//nav[contains(@class,'main-nav')]//summary[normalize-space()='Customers']"))
				.click(By.linkText("Trial licences"))
				.click(By.cssSelector("#licence-" + licence + " button.issue"));
			assertThat(agent.waitForText(By.id("done"), "Constructor Proctor 8")).startsWith("A licence for");
			assertThat(agent.driver().findElements(By.id("licence-" + licence))).isEmpty();
		}
		Instant issued = clock.instant();
		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/plan");
			String key = customer.text(By.cssSelector("#key-" + licence + " .licence-key"));
			assertThat(key).matches("NP(-[A-Z2-9]{5}){4}");
			assertThat(customer.text(By.id("trial-" + licence))).contains("Issued", "shown above");

			customer.go("/portal/plan");

			assertThat(customer.driver().findElements(By.id("key-" + licence))).isEmpty();
			assertThat(customer.text(By.id("trial-" + licence))).contains("ends in …" + key.substring(key.length() - 5))
				.doesNotContain(key);

			// Issued at the clock's instant for 30 days: 31 days later the licence has expired.
			clock.set(issued.plus(Duration.ofDays(31)));
			try {
				customer.go("/portal/plan");
				assertThat(customer.text(By.cssSelector("#trial-" + licence + " .status"))).isEqualTo("Expired");
			}
			finally {
				clock.set(issued);
			}
		}
	}
}
