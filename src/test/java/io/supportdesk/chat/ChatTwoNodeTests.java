package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.supportdesk.MutableClock;
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
 * {@code LISTEN/NOTIFY}.
 */
@SupportdeskTest
class ChatTwoNodeTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Test
	void aCustomerOnOneNodeAndAnAgentOnTheOtherExchangeMessages() throws Exception {
		clock.set(Instant.now());
		ChatFixtures fixtures = new ChatFixtures(context);
		fixtures.onlyThisTestsChatsAndAgents();
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		ChatView chat = fixtures.start(premier, "en");
		fixtures.chats.accept(fixtures.as(agent), chat.id());

		try (SecondInstance second = SecondInstance.start("chat-second")) {
			int secondPort = Integer.parseInt(second.context().getEnvironment().getProperty("local.server.port"));
			try (ChatSocket customer = ChatSocket.connect(port, WebSession.signIn(port, premier.userEmail()).cookieHeader());
					ChatSocket support = ChatSocket.connect(secondPort,
							WebSession.signIn(secondPort, agent.email()).cookieHeader())) {
				BlockingQueue<JsonNode> customerSees = customer.chat(chat.id());
				BlockingQueue<JsonNode> agentSees = support.chat(chat.id());
				Thread.sleep(500);

				customer.send(chat.id(), "Sent to the first node", "c-1");
				JsonNode onSecond = ChatSocket.next(agentSees, "MESSAGE", WAIT);
				assertThat(onSecond).as("the agent on the second node receives it").isNotNull();
				assertThat(onSecond.get("message").get("body").asString()).isEqualTo("Sent to the first node");

				support.send(chat.id(), "Answered from the second node", "a-1");
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
	}
}
