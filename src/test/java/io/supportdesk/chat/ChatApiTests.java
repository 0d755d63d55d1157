package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * The chat API: entitlement, the transcript with per-chat sequence numbers, a resend stored once, another
 * tenant's chat that does not exist. The clock is a day ahead of real time, so no offer timer fires by itself.
 */
@SupportdeskTest
class ChatApiTests {

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	@Test
	void aStandardCustomerIsRefusedNamingThePlansThatIncludeLiveChat() {
		AccountFixtures.Tenant standard = fixtures.tenant(PlanCode.STANDARD);

		Http.Response refused = Http.basic(fixtures.port, standard.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/chats", Map.of("topic", "Exports stop", "language", "en"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("Premier").contains("Proctored");
		assertThat(fixtures.jdbc.sql("select count(*) from chat_session where organisation_id = :org")
			.param("org", standard.id().value()).query(Integer.class).single()).isZero();
	}

	@Test
	void aPremierCustomerStartsAChatAndTheAgentItIsGivenToAnswersInOneNumberedTranscript() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		Http customer = Http.basic(fixtures.port, premier.userEmail(), AccountFixtures.PASSWORD);
		Http support = Http.basic(fixtures.port, agent.email(), AccountFixtures.PASSWORD);

		Http.Response started = customer.post("/api/chats", Map.of("topic", "Exam room frozen", "language", "en"));
		assertThat(started.status()).isEqualTo(201);
		String id = started.json().get("id").asString();
		assertThat(started.json().get("state").asString()).as("offered at once to the free agent").isEqualTo("OFFERED");
		assertThat(started.json().get("offeredTo").asString()).isEqualTo(agent.id().toString());

		assertThat(customer.post("/api/chats/" + id + "/messages", Map.of("body", "Nobody can start", "clientId", "c-1"))
			.status()).isEqualTo(201);
		assertThat(support.post("/api/chats/" + id + "/messages", Map.of("body", "Not yet mine")).status())
			.as("an agent writes only once the chat is given to them").isEqualTo(403);
		assertThat(support.post("/api/chats/" + id + "/accept", Map.of()).status()).isEqualTo(200);
		Http.Response answered = support.post("/api/chats/" + id + "/messages", Map.of("body", "Looking now", "clientId", "a-1"));
		assertThat(answered.status()).isEqualTo(201);
		assertThat(answered.json().get("seq").asInt()).isEqualTo(2);

		Http.Response chat = customer.get("/api/chats/" + id);
		assertThat(chat.status()).isEqualTo(200);
		assertThat(chat.json().get("state").asString()).isEqualTo("ACTIVE");
		assertThat(chat.json().get("participants").size()).isEqualTo(2);
		assertThat(chat.json().get("transcript").get(0).get("seq").asInt()).isEqualTo(1);
		assertThat(chat.json().get("transcript").get(0).get("body").asString()).isEqualTo("Nobody can start");
		assertThat(chat.json().get("transcript").get(1).get("staff").asBoolean()).isTrue();
		assertThat(customer.get("/api/chats/" + id + "/messages?since=1").json().get(0).get("body").asString())
			.isEqualTo("Looking now");

		Http.Response closed = customer.post("/api/chats/" + id + "/close", Map.of());
		assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
		assertThat(customer.post("/api/chats/" + id + "/messages", Map.of("body", "One more")).status()).isEqualTo(409);
	}

	@Test
	void aCustomerHasTheTranscriptMailedInTheirLanguageAndAnotherOrganisationCannot() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		Http customer = Http.basic(fixtures.port, premier.userEmail(), AccountFixtures.PASSWORD);
		String id = customer.post("/api/chats", Map.of("topic", "Proctor app crashes", "language", "en")).json().get("id")
			.asString();
		customer.post("/api/chats/" + id + "/messages", Map.of("body", "It crashes at start", "clientId", "m-1"));

		Http.Response mailed = customer.post("/api/chats/" + id + "/transcript/mail", Map.of());

		assertThat(mailed.status()).isEqualTo(202);
		assertThat(mailed.json().get("to").asString()).isEqualTo(premier.userEmail());
		assertThat(fixtures.jdbc.sql("select subject || ' | ' || text_body from mail_outbox where recipient = :to"
				+ " and kind = 'CHAT_TRANSCRIPT'").param("to", premier.userEmail()).query(String.class).single())
			.startsWith("Your chat transcript: Proctor app crashes | The transcript of your chat \"Proctor app crashes\"")
			.contains("It crashes at start");
		AccountFixtures.Tenant other = fixtures.tenant(PlanCode.PREMIER);
		assertThat(Http.basic(fixtures.port, other.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/chats/" + id + "/transcript/mail", Map.of()).status()).isEqualTo(404);
		assertThat(fixtures.jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", other.userEmail())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aStartedChatIsAWebhookEventForTheOrganisationsEndpoints() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		Http admin = Http.basic(fixtures.port, premier.adminEmail(), AccountFixtures.PASSWORD);
		String endpoint = admin.post("/api/webhooks", Map.of("url", "http://127.0.0.1:9/chat-hook", "events",
				List.of("chat.started"))).json().get("id").asString();

		String chat = fixtures.start(premier, "en").id().toString();

		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.jdbc.sql(
				"select count(*) from webhooks_delivery where endpoint_id = cast(:id as uuid) and event_type = 'chat.started'"
						+ " and payload like :chat").param("id", endpoint).param("chat", "%" + chat + "%").query(Integer.class)
			.single() == 1);
	}

	@Test
	void aResendWithTheSameClientIdIsStoredOnceAndAnsweredWithTheStoredMessage() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		Http customer = Http.basic(fixtures.port, premier.userEmail(), AccountFixtures.PASSWORD);
		String id = customer.post("/api/chats", Map.of("topic", "Proctor app crashes", "language", "de")).json().get("id")
			.asString();

		Http.Response first = customer.post("/api/chats/" + id + "/messages", Map.of("body", "Hallo", "clientId", "tab-7"));
		Http.Response again = customer.post("/api/chats/" + id + "/messages", Map.of("body", "Hallo", "clientId", "tab-7"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("seq").asInt()).isEqualTo(first.json().get("seq").asInt()).isEqualTo(1);
		assertThat(customer.get("/api/chats/" + id).json().get("transcript").size()).isEqualTo(1);
	}

	@Test
	void aCustomerOfAnotherOrganisationGetsNotFound() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Tenant other = fixtures.tenant(PlanCode.PREMIER);
		String id = fixtures.start(premier, "en").id().toString();
		Http stranger = Http.basic(fixtures.port, other.adminEmail(), AccountFixtures.PASSWORD);

		assertThat(stranger.get("/api/chats/" + id).status()).isEqualTo(404);
		assertThat(stranger.post("/api/chats/" + id + "/messages", Map.of("body", "Hi")).status()).isEqualTo(404);
		assertThat(stranger.post("/api/chats/" + id + "/close", Map.of()).status()).isEqualTo(404);
		assertThat(stranger.get("/api/chats").body()).doesNotContain(id);
		assertThat(fixtures.chats.since(fixtures.as(premier.userId()), new ChatId(java.util.UUID.fromString(id)), 0)).isEmpty();
		assertThat(List.of(Http.basic(fixtures.port, premier.adminEmail(), AccountFixtures.PASSWORD).get("/api/chats/" + id).status()))
			.as("a colleague of the same organisation may join").containsExactly(200);
	}
}
