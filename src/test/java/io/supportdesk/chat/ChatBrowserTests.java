package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.supportdesk.Browser;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * In Chromium, two browser sessions: a customer starts a chat in the portal, the agent accepts it in the
 * console workspace, they exchange messages live over the socket (no reload), and the agent converts the chat
 * into a case that holds the transcript.
 */
@SupportdeskTest
class ChatBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	ChatFixtures fixtures;

	@BeforeEach
	void setUp() {
		clock.set(Instant.now().plus(Duration.ofDays(1)));
		fixtures = new ChatFixtures(context);
		fixtures.onlyThisTestsChatsAndAgents();
	}

	@Test
	void aCustomerAndAnAgentChatLiveAndTheAgentConvertsTheChatIntoACase() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		try (Browser customer = Browser.open(port); Browser support = Browser.open(port)) {
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

			support.click(By.cssSelector(".chat-convert"));
			new org.openqa.selenium.support.ui.WebDriverWait(support.driver(), Duration.ofSeconds(10))
				.until(driver -> support.currentPath().startsWith("/console/cases/"));
			support.waitFor(By.tagName("footer"));
			assertThat(support.currentPath()).startsWith("/console/cases/");
			assertThat(support.text(By.tagName("main"))).contains("Exam browser freezes")
				.contains("Which exam browser version do you run?").contains("Version 4.2 on Windows");
		}
	}

	private static void connected(Browser browser) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
				"true".equals(((org.openqa.selenium.JavascriptExecutor) driver)
					.executeScript("return document.documentElement.getAttribute('data-chat-connected')")));
	}
}
