package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;
import tools.jackson.databind.JsonNode;

/**
 * STOMP over WebSocket, signed in by the web session's cookie: live delivery of stored messages, typing,
 * authorisation of every SUBSCRIBE and SEND, a reconnect that catches up without loss or duplicates, and a
 * socket that lives as long as its user and its web session (disabled, signed out, timed out: closed).
 */
@SupportdeskTest
class ChatSocketTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	AccountFixtures.Tenant premier;

	AccountFixtures.Staff agent;

	@BeforeEach
	void setUp() {
		premier = fixtures.tenant(PlanCode.PREMIER);
		agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
	}

	@Test
	void customerAndAgentExchangeStoredMessagesAndTypingLive() throws Exception {
		ChatId chat = acceptedChat();
		try (ChatSocket customer = fixtures.socketOf(premier.userEmail()); ChatSocket support = fixtures.socketOf(agent.email())) {
			BlockingQueue<JsonNode> customerSees = customer.chat(chat);
			BlockingQueue<JsonNode> agentSees = support.chat(chat);
			Thread.sleep(300); // both subscriptions registered

			customer.send(chat, "Candidates cannot log in", "c-1");

			JsonNode delivered = ChatSocket.next(agentSees, "MESSAGE", WAIT);
			assertThat(delivered).as("the agent receives it").isNotNull();
			assertThat(delivered.get("message").get("seq").asInt()).isEqualTo(1);
			assertThat(delivered.get("message").get("body").asString()).isEqualTo("Candidates cannot log in");
			assertThat(ChatSocket.next(customerSees, "MESSAGE", WAIT).get("message").get("clientId").asString())
				.as("the sender learns its number too").isEqualTo("c-1");
			assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).as("stored before delivered").hasSize(1);

			support.typing(chat);
			JsonNode typing = ChatSocket.next(customerSees, "TYPING", WAIT);
			assertThat(typing.get("userId").asString()).isEqualTo(agent.id().toString());

			support.send(chat, "Resetting the tokens now", "a-1");
			support.send(chat, "Resetting the tokens now", "a-1"); // a resend: stored once
			assertThat(ChatSocket.next(customerSees, "MESSAGE", WAIT).get("message").get("seq").asInt()).isEqualTo(2);
			assertThat(ChatSocket.next(customerSees, "MESSAGE", Duration.ofSeconds(1))).isNull();
			assertThat(customer.errors()).isEmpty();
		}
	}

	@Test
	void anotherTenantsChatIsRefusedOnSubscribeAndOnSendAndNothingIsDelivered() throws Exception {
		ChatId chat = acceptedChat();
		AccountFixtures.Tenant other = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff notGiven = fixtures.agent(null, Language.EN);
		try (ChatSocket stranger = fixtures.socketOf(other.adminEmail()); ChatSocket otherAgent = fixtures.socketOf(notGiven.email());
				ChatSocket writer = fixtures.socketOf(other.userEmail()); ChatSocket customer = fixtures.socketOf(premier.userEmail())) {
			BlockingQueue<JsonNode> strangerSees = stranger.chat(chat);
			BlockingQueue<JsonNode> otherAgentSees = otherAgent.chat(chat);
			writer.send(chat, "Let me in", "x-1");

			await().atMost(WAIT).untilAsserted(() -> {
				assertThat(stranger.errors()).as("SUBSCRIBE refused: an ERROR frame").isNotEmpty();
				assertThat(otherAgent.errors()).as("an agent the chat was not given to").isNotEmpty();
				assertThat(writer.errors()).as("SEND refused").isNotEmpty();
			});
			// an ERROR frame first (then the server closes that socket)
			assertThat(stranger.errors().get(0)).doesNotStartWith("transport");
			assertThat(writer.errors().get(0)).doesNotStartWith("transport");
			customer.send(chat, "Only for our agent", "c-1");
			await().atMost(WAIT).until(() -> fixtures.chats.since(fixtures.as(agent), chat, 0).size() == 1);

			assertThat(strangerSees.poll(1, TimeUnit.SECONDS)).as("nothing delivered").isNull();
			assertThat(otherAgentSees.poll(200, TimeUnit.MILLISECONDS)).isNull();
			assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).extracting(ChatMessage::body)
				.containsExactly("Only for our agent");
		}
	}

	@Test
	void aClientThatReconnectsGetsWhatItMissedSinceItsLastNumberWithoutLossOrDuplicates() throws Exception {
		ChatId chat = acceptedChat();
		List<Integer> seen = new ArrayList<>();
		try (ChatSocket customer = fixtures.socketOf(premier.userEmail())) {
			BlockingQueue<JsonNode> live = customer.chat(chat);
			Thread.sleep(300);
			fixtures.chats.post(fixtures.as(agent), chat, "First", "a-1");
			seen.add(ChatSocket.next(live, "MESSAGE", WAIT).get("message").get("seq").asInt());
		}
		// offline: two messages are stored meanwhile
		fixtures.chats.post(fixtures.as(agent), chat, "Second", "a-2");
		fixtures.chats.post(fixtures.as(agent), chat, "Third", "a-3");

		try (ChatSocket customer = fixtures.socketOf(premier.userEmail())) {
			BlockingQueue<JsonNode> live = customer.chat(chat);
			BlockingQueue<JsonNode> missed = customer.subscribe("/app/chats/" + chat + "/since/" + seen.get(seen.size() - 1));
			JsonNode catchUp = missed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(catchUp).isNotNull();
			catchUp.forEach(message -> seen.add(message.get("seq").asInt()));
			fixtures.chats.post(fixtures.as(agent), chat, "Fourth", "a-4");
			JsonNode fourth;
			while ((fourth = ChatSocket.next(live, "MESSAGE", WAIT)) != null) {
				int seq = fourth.get("message").get("seq").asInt();
				if (!seen.contains(seq)) { // the client keeps what is new by its number
					seen.add(seq);
				}
				if (seq == 4) {
					break;
				}
			}
		}
		assertThat(seen).containsExactly(1, 2, 3, 4);
	}

	@Test
	void aUserDisabledWhileTheirSocketIsOpenHasItClosedAndIsDeliveredNothingMore() throws Exception {
		ChatId chat = acceptedChat();
		try (ChatSocket customer = fixtures.socketOf(premier.userEmail()); ChatSocket support = fixtures.socketOf(agent.email())) {
			BlockingQueue<JsonNode> customerSees = customer.chat(chat);
			support.chat(chat);
			Thread.sleep(300); // both subscriptions registered

			fixtures.accountManagement.changeEnabled(CurrentUser.system(), premier.userId(), false);
			customer.send(chat, "Written after being disabled", "c-late");

			// the test profile rechecks open sockets every second; the frame above is rechecked itself
			await().atMost(WAIT).untilAsserted(() -> assertThat(customer.connected()).as("socket closed").isFalse());
			support.send(chat, "Are you still there?", "a-1");
			await().atMost(WAIT).until(() -> fixtures.chats.since(fixtures.as(agent), chat, 0).size() == 1);
			assertThat(ChatSocket.next(customerSees, "MESSAGE", Duration.ofSeconds(1))).as("nothing delivered").isNull();
			assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).extracting(ChatMessage::body)
				.as("the disabled user's frame was refused, not stored").containsExactly("Are you still there?");
		}
	}

	@Test
	void signingOutOnTheWebClosesThatSessionsSocketWithinTheRecheckIntervalAndNothingMoreIsAcceptedOrDelivered()
			throws Exception {
		ChatId chat = acceptedChat();
		WebSession browser = WebSession.signIn(fixtures.port, premier.userEmail());
		WebSession otherTab = WebSession.signIn(fixtures.port, premier.userEmail());
		try (ChatSocket customer = ChatSocket.connect(fixtures.port, browser.cookieHeader());
				ChatSocket otherSession = ChatSocket.connect(fixtures.port, otherTab.cookieHeader());
				ChatSocket support = fixtures.socketOf(agent.email())) {
			BlockingQueue<JsonNode> customerSees = customer.chat(chat);
			BlockingQueue<JsonNode> otherSessionSees = otherSession.chat(chat);
			support.chat(chat);
			Thread.sleep(300); // subscriptions registered
			customer.send(chat, "Written before signing out", "c-1");
			assertThat(ChatSocket.next(customerSees, "MESSAGE", WAIT)).isNotNull();

			HttpResponse<String> signedOut = browser.form("/portal/chat", "/logout", Map.of());
			assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?signedOut"));
			long at = System.nanoTime();

			// the test profile rechecks open sockets every second: the signed-out session's socket goes within it
			await().atMost(WAIT).untilAsserted(() -> assertThat(customer.connected()).as("socket closed").isFalse());
			assertThat(Duration.ofNanos(System.nanoTime() - at)).as("within the interval, give or take a busy machine")
				.isLessThan(Duration.ofSeconds(5));
			try {
				customer.send(chat, "Written after signing out", "c-late");
			}
			catch (RuntimeException closed) {
				// the client knows its socket is closed: the SEND does not even leave it
			}
			support.send(chat, "Are you still there?", "a-1");
			assertThat(ChatSocket.next(otherSessionSees, "MESSAGE", WAIT)).as("another session of the same user keeps its socket")
				.isNotNull();
			assertThat(otherSession.connected()).isTrue();
			assertThat(ChatSocket.next(customerSees, "MESSAGE", Duration.ofSeconds(1))).as("nothing delivered").isNull();
			assertThat(fixtures.chats.since(fixtures.as(agent), chat, 0)).extracting(ChatMessage::body)
				.containsExactly("Written before signing out", "Are you still there?");
		}
	}

	@Test
	void framesOverASocketKeepItsWebSessionAliveAndASessionIdlePastItsTimeoutLosesTheSocket() throws Exception {
		ChatId chat = acceptedChat();
		WebSession browser = WebSession.signIn(fixtures.port, premier.userEmail());
		try (ChatSocket customer = ChatSocket.connect(fixtures.port, browser.cookieHeader())) {
			customer.chat(chat);
			// this session times out 4 s after its last activity (instead of the configured 30 min); Spring Session
			// stamps sessions on the system clock
			fixtures.jdbc.sql("update accounts_web_session set max_inactive_interval = 4, expiry_time = :expiry"
					+ " where principal_name = :email").param("expiry", System.currentTimeMillis() + 4000)
				.param("email", premier.userEmail()).update();

			// 7 s of typing over the socket alone, no web request: the sweeps pass the activity on to the session
			long until = System.nanoTime() + Duration.ofSeconds(7).toNanos();
			while (System.nanoTime() < until) {
				customer.typing(chat);
				Thread.sleep(250);
			}
			assertThat(customer.connected()).as("still open after longer than the timeout").isTrue();
			assertThat(browser.get("/portal/account").statusCode()).as("and the web session still stands").isEqualTo(200);

			// idle from now: the session times out after 4 s, and the next sweep closes its socket
			await().atMost(WAIT).untilAsserted(() -> assertThat(customer.connected()).as("socket closed").isFalse());
			assertThat(browser.get("/portal/account").statusCode()).as("signed out by the timeout").isEqualTo(302);
		}
	}

	private ChatId acceptedChat() {
		return fixtures.acceptedChat(premier, agent);
	}
}
