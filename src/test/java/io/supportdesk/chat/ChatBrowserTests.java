package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import io.supportdesk.Browser;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * In Chromium, two browser sessions: a customer starts a chat in the portal, the agent accepts it in the
 * console workspace, they exchange messages live over the socket (no reload), the customer sends a file from
 * the attach control, and the agent converts the chat into a case that holds the transcript and the file.
 */
@SupportdeskTest
class ChatBrowserTests {

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	@Test
	void aCustomerAndAnAgentChatLiveAndTheAgentConvertsTheChatIntoACase() throws Exception {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		fixtures.whenChatIsAvailableTo(premier);
		try (Browser customer = Browser.open(fixtures.port); Browser support = Browser.open(fixtures.port)) {
			customer.signIn(premier.userEmail(), AccountFixtures.PASSWORD).go("/portal/chat?lang=en");
			customer.type(By.id("chat-topic"), "Exam browser freezes").type(By.id("chat-text"), "At question 12, every time")
				.click(By.id("chat-start"));
			customer.waitForText(By.cssSelector(".chat-transcript"), "At question 12, every time");

			support.signIn(agent.email(), AccountFixtures.PASSWORD).go("/console/chat?lang=en");
			support.waitForText(By.id("chat-offers"), "Exam browser freezes");
			support.click(By.cssSelector(".chat-accept"));
			support.waitForText(By.cssSelector(".chat-column .chat-transcript"), "At question 12, every time");
			connected(customer);
			connected(support);

			support.type(By.cssSelector(".chat-column textarea[name=body]"), "Which exam browser version do you run?")
				.click(By.cssSelector(".chat-column .chat-send button"));
			customer.waitForText(By.cssSelector(".chat-transcript"), "Which exam browser version do you run?");
			customer.type(By.cssSelector(".chat-send textarea[name=body]"), "Version 4.2 on Windows")
				.click(By.cssSelector(".chat-send button"));
			support.waitForText(By.cssSelector(".chat-column .chat-transcript"), "Version 4.2 on Windows");
			assertThat(customer.currentPath()).as("no reload: live over the socket").startsWith("/portal/chat/");

			// a file from the attach control: sent by chat.js, it reaches the agent over the socket as a link
			Path log = Files.createTempFile("exam-browser", ".log");
			Files.writeString(log, "FATAL question 12: renderer crashed");
			JavascriptExecutor page = (JavascriptExecutor) customer.driver();
			page.executeScript("window.sameDocument = true");
			customer.waitFor(By.cssSelector(".chat-attach input[type=file]")).sendKeys(log.toString());
			customer.click(By.cssSelector(".chat-attach-send"));
			support.waitForText(By.cssSelector(".chat-column .chat-transcript .chat-file"), log.getFileName().toString());
			assertThat(support.waitFor(By.cssSelector(".chat-column .chat-file a")).getAttribute("href"))
				.contains("/console/chat/").contains("/attachments/");
			customer.waitForText(By.cssSelector(".chat-transcript .chat-file"), log.getFileName().toString());
			assertThat(page.executeScript("return window.sameDocument === true")).as("no reload: the page stayed").isEqualTo(true);

			support.click(By.cssSelector(".chat-convert"));
			new org.openqa.selenium.support.ui.WebDriverWait(support.driver(), Duration.ofSeconds(10))
				.until(driver -> support.currentPath().startsWith("/console/cases/"));
			support.waitFor(By.tagName("footer"));
			assertThat(support.currentPath()).startsWith("/console/cases/");
			assertThat(support.text(By.tagName("main"))).contains("Exam browser freezes")
				.contains("Which exam browser version do you run?").contains("Version 4.2 on Windows")
				.as("the chat's file is the case's attachment").contains(log.getFileName().toString());
		}
	}

	private static void connected(Browser browser) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
				"true".equals(((org.openqa.selenium.JavascriptExecutor) driver)
					.executeScript("return document.documentElement.getAttribute('data-chat-connected')")));
	}
}
