package io.supportdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Browser;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * The case from both sides in Chromium: a Premier customer opens a case in the portal, an agent
 * works it in the console (with htmx, without page reloads), they write back and forth; a Standard
 * customer only submits; a requester shares a case with a colleague; what people type never runs in
 * anyone's page.
 */
@SupportdeskTest
class CaseBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	CaseManagement cases;

	Path attachment;

	@BeforeEach
	void writeAttachment() throws Exception {
		attachment = Files.createTempFile("server-log-", ".txt");
		Files.writeString(attachment, "2026-03-27 17:00:01 ERROR exam session 4711 lost its proctor stream\n");
	}

	@AfterEach
	void removeAttachment() throws Exception {
		Files.deleteIfExists(attachment);
	}

	@Test
	void aPremierCustomerAndAnAgentWorkASeverity2CaseThatIsReclassifiedTo1() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		String subject = "Proctor stream lost " + System.nanoTime();

		try (Browser customer = Browser.open(port); Browser console = Browser.open(port)) {
			// The customer opens a Severity 2 case with a log file, choosing among the four definitions.
			customer.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD).go("/portal/cases");
			customer.click(By.id("new-case"));
			assertThat(customer.text(By.id("case-severity-choice"))).contains(
					"1 Urgent: complete failure, critical security breach, service unusable, no workaround.",
					"2 High: major loss of critical functionality, no workaround.",
					"3 Medium: important functions impaired, workaround may exist.",
					"4 Low: minor issues, documentation errors, questions and enhancement requests.");
			customer.type(By.id("case-subject"), subject)
				.type(By.id("case-description"), "Candidates lose the proctor mid-exam.")
				.click(By.id("severity-2"));
			customer.driver().findElement(By.id("case-file")).sendKeys(attachment.toString());
			customer.click(By.cssSelector("#case-form button[type=submit]"));

			String reference = customer.waitFor(By.id("case-reference")).getText();
			assertThat(reference).matches("CS-[A-Z2-9]{4}-[A-Z2-9]{2}");
			String casePath = customer.currentPath();
			assertThat(casePath).matches("/portal/cases/[0-9a-f-]{36}");
			assertThat(customer.text(By.id("case-severity"))).contains("2 – High");
			assertThat(customer.text(By.id("case-attachments"))).contains(attachment.getFileName().toString());

			// The agent finds it by its reference in the console list (htmx refreshes the table as they type).
			console.go("/login?lang=en").signIn(agent.email(), AccountFixtures.PASSWORD).go("/console/cases");
			console.type(By.id("filter-q"), reference);
			new WebDriverWait(console.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=" + reference));
			assertThat(console.waitForText(By.id("case-table"), subject)).contains(reference, "2 – High");
			assertThat(console.driver().findElements(By.cssSelector("#case-table tbody tr"))).hasSize(1);
			console.click(By.linkText(reference));
			console.waitForText(By.id("case-reference"), reference);
			assertThat(console.text(By.id("case-attachments"))).contains(attachment.getFileName().toString());
			assertThat(console.text(By.id("case-organisation"))).startsWith("Org ");
			markPage(console);

			// Support reclassifies it to Severity 1, with a reason for the customer.
			new Select(console.waitFor(By.id("classify-severity"))).selectByValue("1");
			console.type(By.id("classify-reason"), "Every candidate of the session is affected: Severity 1.")
				.click(By.cssSelector("#classify-form button[type=submit]"));
			console.waitForText(By.id("case-notice"), "severity was classified");
			assertThat(console.text(By.id("case-severity"))).contains("1 – Urgent");

			// Waiting on the customer before any public reply is refused, on the page.
			console.click(By.id("status-pending"));
			assertThat(console.waitForText(By.id("status-error"), "public reply")).contains("Open", "Waiting on customer");

			// A public reply and an internal note; the page never reloads.
			console.type(By.id("reply-body"), "We are **on it**: the stream relay is restarting.")
				.click(By.cssSelector("#reply-form button[type=submit]"));
			console.waitForText(By.id("case-notice"), "reply was sent");
			console.click(By.id("reply-internal")).type(By.id("reply-body"), "Relay eu-2 crashed; ticket opened with ops.")
				.click(By.cssSelector("#reply-form button[type=submit]"));
			console.waitForText(By.id("case-notice"), "internal note was added");
			assertThat(console.text(By.id("case-messages"))).contains("on it", "INTERNAL NOTE", "Relay eu-2 crashed");
			assertThat(console.driver().findElement(By.cssSelector("#case-messages .case-body strong")).getText()).isEqualTo("on it");
			assertThat(pageIsTheSame(console)).as("updated by htmx, not reloaded").isTrue();

			// The customer sees the reply and the reason, not the internal note, and replies back.
			customer.go(casePath);
			assertThat(customer.text(By.id("case-messages"))).contains("the stream relay is restarting")
				.doesNotContain("Relay eu-2");
			assertThat(customer.text(By.id("case-classifications"))).contains("2 – High → 1 – Urgent",
					"Every candidate of the session is affected: Severity 1.");
			assertThat(customer.text(By.id("case-severity"))).contains("1 – Urgent");
			customer.type(By.id("reply-body"), "Thanks, the stream is back for room 3.")
				.click(By.cssSelector("#reply-form button[type=submit]"));
			assertThat(customer.waitForText(By.id("case-messages"), "room 3")).contains("Thanks");

			// The agent sees the customer's reply.
			console.go(console.currentPath());
			assertThat(console.waitForText(By.id("case-messages"), "room 3")).contains("Thanks, the stream is back");
			assertThat(console.text(By.id("case-history"))).contains("Customer replied", "Support replied");
		}
	}

	@Test
	void aStandardCustomerGetsTheSubmitOnlyFormAndAConfirmationWithTheReference() throws java.io.IOException {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);

		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.adminEmail(), AccountFixtures.PASSWORD).go("/portal/cases");

			assertThat(customer.currentPath()).isEqualTo("/portal/cases/new");
			assertThat(customer.text(By.cssSelector("main .lead"))).contains("updates on your case come by e-mail");
			assertThat(customer.driver().findElements(By.id("case-file"))).as("files go with the submission").isNotEmpty();
			assertThat(customer.driver().findElements(By.id("case-table"))).isEmpty();

			// A mistake is shown next to its field and nothing typed is lost.
			customer.type(By.id("case-description"), "The exam scheduler shows the wrong time zone.")
				.click(By.id("severity-3")).click(By.cssSelector("#case-form button[type=submit]"));
			assertThat(customer.waitFor(By.cssSelector("#case-subject + .field-error")).getText()).isNotBlank();
			assertThat(customer.driver().findElement(By.id("case-description")).getAttribute("value"))
				.isEqualTo("The exam scheduler shows the wrong time zone.");
			assertThat(customer.driver().findElement(By.id("severity-3")).isSelected()).isTrue();

			customer.type(By.id("case-subject"), "Wrong time zone in the scheduler");
			java.nio.file.Path screenshot = java.nio.file.Files.createTempFile("scheduler", ".txt");
			java.nio.file.Files.writeString(screenshot, "Scheduler shows UTC");
			customer.driver().findElement(By.id("case-file")).sendKeys(screenshot.toString());
			customer.click(By.cssSelector("#case-form button[type=submit]"));

			assertThat(customer.waitFor(By.id("case-reference")).getText()).matches("CS-[A-Z2-9]{4}-[A-Z2-9]{2}");
			assertThat(customer.currentPath()).isEqualTo("/portal/cases/submitted");
			assertThat(customer.text(By.tagName("main"))).contains("come by e-mail");
		}
	}

	@Test
	void whatPeopleTypeIsShownAsTextAndNeverRuns() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String attack = "<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">\n\n**bold**";

		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD).go("/portal/cases/new");
			customer.type(By.id("case-subject"), "<script>window.injected = 3</script>")
				.type(By.id("case-description"), attack).click(By.id("severity-4"))
				.click(By.cssSelector("#case-form button[type=submit]"));
			customer.waitFor(By.id("case-reference"));
			customer.type(By.id("reply-body"), attack).click(By.cssSelector("#reply-form button[type=submit]"));
			customer.waitForText(By.id("case-notice"), "reply was sent");

			JavascriptExecutor page = (JavascriptExecutor) customer.driver();
			assertThat(page.executeScript("return document.querySelectorAll('main script, main img').length"))
				.isEqualTo(0L);
			assertThat(page.executeScript("return typeof window.injected")).isEqualTo("undefined");
			assertThat(customer.text(By.id("case-messages"))).contains("<script>window.injected = 1</script>");
			assertThat(customer.driver().findElements(By.cssSelector("#case-messages .case-body strong"))).hasSize(2);
			assertThat(customer.text(By.tagName("h1"))).contains("<script>window.injected = 3</script>");
		}
	}

	@Test
	void theRequesterSharesACaseWithAColleagueFromThePortalPageAndStopsSharingIt() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		AccountFixtures.Colleague colleague = accounts.colleague(tenant);
		CurrentUser requester = accounts.as(tenant.userId());
		CaseView opened = cases.open(requester, new OpenCase(tenant.id(), tenant.userId(), "Shared " + System.nanoTime(),
				"Room 4 cannot start.", null, "en", Channel.PORTAL, 3));

		try (Browser customer = Browser.open(port)) {
			customer.go("/login?lang=en").signIn(tenant.userEmail(), AccountFixtures.PASSWORD)
				.go("/portal/cases/" + opened.id());
			assertThat(customer.text(By.id("case-shares"))).contains("Not shared with anyone yet.");
			markPage(customer);

			new Select(customer.waitFor(By.id("share-user"))).selectByValue(colleague.id().toString());
			customer.click(By.id("share-submit"));

			customer.waitForText(By.id("case-notice"), "now shared with your colleague");
			assertThat(customer.text(By.id("case-shares"))).contains(colleague.name(), colleague.email())
				.doesNotContain("Not shared with anyone yet.");
			assertThat(pageIsTheSame(customer)).as("htmx swapped the page in, no reload").isTrue();
			assertThat(new Select(customer.waitFor(By.id("share-user"))).getOptions())
				.as("who follows the case already is no choice").noneMatch(o -> o.getText().contains(colleague.email()));
			assertThat(WebSession.signIn(port, colleague.email()).get("/portal/cases").body())
				.contains(opened.reference().value());

			customer.click(By.id("unshare-" + colleague.id()));
			customer.waitForText(By.id("case-notice"), "no longer shared");
			assertThat(customer.text(By.id("case-shares"))).contains("Not shared with anyone yet.");
			assertThat(WebSession.signIn(port, colleague.email()).get("/portal/cases/" + opened.id()).statusCode())
				.isEqualTo(404);
		}
	}

	private static void markPage(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("window.caseBrowserTestMark = true");
	}

	private static boolean pageIsTheSame(Browser browser) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.caseBrowserTestMark === true"));
	}
}
