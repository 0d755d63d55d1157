package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.Language;

/**
 * Routing: offers prefer the chat's language, then the least loaded agent; capacity holds chats back until an
 * agent is free, the longest waiting first; an offer not accepted in time goes to the next agent, once however
 * often its timer fires. Timers are fired by the test (persistent db-scheduler timers on the real clock; the
 * clock here is a day ahead of it, so none fires by itself).
 */
@SupportdeskTest
class ChatRoutingTests {

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.aDayAhead();

	AccountFixtures.Tenant premier;

	@BeforeEach
	void setUp() {
		premier = fixtures.tenant(PlanCode.PREMIER);
	}

	@Test
	void aChatIsOfferedToTheAgentWhoSpeaksItsLanguageThenTheLeastLoaded() {
		AccountFixtures.Staff english = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		AccountFixtures.Staff german = fixtures.agent(AgentStatus.ONLINE, Language.DE, Language.EN);

		ChatView inGerman = fixtures.start(premier, "de");
		ChatView inEnglish = fixtures.start(premier, "en");

		assertThat(inGerman.offeredTo()).isEqualTo(german.id());
		assertThat(inEnglish.offeredTo()).as("both speak English: the one without a chat").isEqualTo(english.id());
	}

	@Test
	void chatsBeyondTheAgentsCapacityWaitAndTheLongestWaitingIsOfferedWhenOneCloses() {
		AccountFixtures.Staff agent = fixtures.agent(null, Language.EN);
		fixtures.routing.setStatus(fixtures.as(agent), AgentStatus.ONLINE, 1);

		ChatView first = fixtures.start(premier, "en");
		fixtures.clock.advance(Duration.ofSeconds(5));
		ChatView second = fixtures.start(premier, "en");
		fixtures.clock.advance(Duration.ofSeconds(5));
		ChatView third = fixtures.start(premier, "en");

		assertThat(first.state()).isEqualTo(ChatState.OFFERED);
		assertThat(second.state()).isEqualTo(ChatState.WAITING);
		assertThat(fixtures.chats.queue(fixtures.as(agent))).extracting(ChatView::id)
			.containsExactly(first.id(), second.id(), third.id());

		fixtures.chats.accept(fixtures.as(agent), first.id());
		fixtures.chats.close(fixtures.as(agent), first.id());

		assertThat(fixtures.chats.chat(fixtures.as(agent), second.id()).offeredTo()).as("waited longest").isEqualTo(agent.id());
		assertThat(fixtures.chats.chat(fixtures.as(agent), third.id()).state()).isEqualTo(ChatState.WAITING);
		assertThat(fixtures.routing.desk(agent.id()).load()).isEqualTo(1);
	}

	@Test
	void anOfferNotAcceptedInTimeGoesToTheNextAgentOnceHoweverOftenItsTimerFires() {
		AccountFixtures.Staff first = fixtures.agent(AgentStatus.ONLINE, Language.FR);
		ChatView chat = fixtures.start(premier, "fr");
		assertThat(chat.offeredTo()).isEqualTo(first.id());
		AccountFixtures.Staff second = fixtures.agent(AgentStatus.ONLINE, Language.FR);
		assertThat(fixtures.jdbc.sql("select count(*) from scheduled_tasks where task_name = 'chat-offer-timeout'"
				+ " and task_instance = :id").param("id", "chat-offer|" + chat.id() + "|1").query(Integer.class).single())
			.as("the offer's timer is stored").isEqualTo(1);

		// 30 s later (supportdesk.chat.offer-timeout) the timer fires: to the next agent, who was not offered it yet
		assertThat(fixtures.routing.offerTimedOut(chat.id().value(), 1)).isTrue();
		assertThat(fixtures.routing.offerTimedOut(chat.id().value(), 1)).as("fired again, or on another node").isFalse();

		ChatView now = fixtures.chats.chat(fixtures.as(second), chat.id());
		assertThat(now.state()).isEqualTo(ChatState.OFFERED);
		assertThat(now.offeredTo()).isEqualTo(second.id());
		assertThat(fixtures.chats.mayWatch(fixtures.as(first), chat.id())).as("no longer the first agent's").isFalse();
		assertThat(fixtures.chats.mayWatch(fixtures.as(second), chat.id())).isTrue();
	}

	@Test
	void anAgentWhoStepsAwayHandsBackAnOfferedChat() {
		AccountFixtures.Staff leaving = fixtures.agent(AgentStatus.ONLINE, Language.ES);
		ChatView chat = fixtures.start(premier, "es");
		AccountFixtures.Staff staying = fixtures.agent(AgentStatus.ONLINE, Language.EN);

		fixtures.routing.setStatus(fixtures.as(leaving), AgentStatus.AWAY, null);

		assertThat(fixtures.chats.chat(fixtures.as(staying), chat.id()).offeredTo()).isEqualTo(staying.id());
		assertThat(fixtures.routing.desk(leaving.id()).status()).isEqualTo(AgentStatus.AWAY);
	}
}
