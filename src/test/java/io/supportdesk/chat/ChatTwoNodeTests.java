package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;
import tools.jackson.databind.JsonNode;

/**
 * Two application instances on one PostgreSQL: the customer's socket on one, the agent's on the other; each
 * message is stored by the node it was sent to and reaches the other node's socket through
 * {@code LISTEN/NOTIFY}; and a web session signed out on one node loses its socket open on the other. Both nodes
 * recheck their sockets every second (the test profile's {@code supportdesk.chat.socket-recheck}).
 */
@SupportdeskTest
class ChatTwoNodeTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	static SecondInstance second;

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.onRealTime();

	@BeforeAll
	static void aSecondNode() {
		second = SecondInstance.start("chat-second");
	}

	@AfterAll
	static void stopTheSecondNode() {
		second.close();
	}

	@Test
	void aCustomerOnOneNodeAndAnAgentOnTheOtherExchangeMessages() throws Exception {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		ChatId chat = fixtures.acceptedChat(premier, agent);

		try (ChatSocket customer = fixtures.socketOf(premier.userEmail());
				ChatSocket support = ChatSocket.connect(secondPort(), WebSession.signIn(secondPort(), agent.email()).cookieHeader())) {
			BlockingQueue<JsonNode> customerSees = customer.chat(chat);
			BlockingQueue<JsonNode> agentSees = support.chat(chat);
			Thread.sleep(500);

			customer.send(chat, "Sent to the first node", "c-1");
			JsonNode onSecond = ChatSocket.next(agentSees, "MESSAGE", WAIT);
			assertThat(onSecond).as("the agent on the second node receives it").isNotNull();
			assertThat(onSecond.get("message").get("body").asString()).isEqualTo("Sent to the first node");

			support.send(chat, "Answered from the second node", "a-1");
			JsonNode onFirst = null;
			for (JsonNode frame; (frame = ChatSocket.next(customerSees, "MESSAGE", WAIT)) != null;) {
				if (frame.get("message").get("seq").asInt() == 2) {
					onFirst = frame;
					break;
				}
			}
			assertThat(onFirst).as("the customer on the first node receives it").isNotNull();
			assertThat(onFirst.get("message").get("body").asString()).isEqualTo("Answered from the second node");
			assertThat(customer.errors()).isEmpty();
			assertThat(support.errors()).isEmpty();
		}
	}

	@Test
	void signingOutOnOneNodeClosesTheSocketTheSessionHasOpenOnTheOther() throws Exception {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		ChatId chat = fixtures.acceptedChat(premier, agent);
		WebSession browser = WebSession.signIn(fixtures.port, premier.userEmail());

		try (ChatSocket onSecond = ChatSocket.connect(secondPort(), browser.cookieHeader());
				ChatSocket support = fixtures.socketOf(agent.email())) {
			BlockingQueue<JsonNode> customerSees = onSecond.chat(chat);
			support.chat(chat);
			Thread.sleep(500);

			HttpResponse<String> signedOut = browser.form("/portal/chat", "/logout", Map.of());
			assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut"));

			// the second node's sweep finds the session gone from the database within its interval (1 s)
			await().atMost(WAIT).untilAsserted(() -> assertThat(onSecond.connected()).as("socket closed").isFalse());
			support.send(chat, "Are you still there?", "a-1");
			await().atMost(WAIT).until(() -> fixtures.chats.since(fixtures.as(agent), chat, 0).size() == 1);
			assertThat(ChatSocket.next(customerSees, "MESSAGE", Duration.ofSeconds(1))).as("nothing delivered").isNull();
		}
	}

	private static int secondPort() {
		return Integer.parseInt(second.context().getEnvironment().getProperty("local.server.port"));
	}
}
