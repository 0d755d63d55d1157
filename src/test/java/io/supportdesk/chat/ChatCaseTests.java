package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.Channel;
import io.supportdesk.cases.MessageKind;
import io.supportdesk.cases.OpenCase;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaTarget;
import io.supportdesk.sla.TargetState;

/**
 * A chat converted into a case (SPEC §6): the case opens at the chat's start by the customer, the transcript
 * becomes its first messages, and the agent's first chat message is its first public reply for the SLA.
 * Premier Severity 1 runs 24x7 with a 15-minute first response, so the instants below do not depend on the
 * weekday the test runs on.
 */
@SupportdeskTest
class ChatCaseTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	SlaManagement sla;

	@RegisterExtension
	final ChatFixtures fixtures = ChatFixtures.clockSetByTheTest();

	Instant start;

	@BeforeEach
	void setUp() {
		start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		fixtures.clock.set(start);
	}

	@Test
	void theAgentsFirstChatMessageTenMinutesInMeetsTheFifteenMinuteFirstResponseOfTheConvertedCase() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		ChatId chat = chatWithFirstAgentReplyAfter(premier, agent, Duration.ofMinutes(10));

		fixtures.clock.set(start.plus(Duration.ofMinutes(30)));
		Http.Response converted = Http.basic(fixtures.port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/chats/" + chat + "/case", Map.of());
		assertThat(converted.status()).isEqualTo(201);
		CaseId caseId = CaseId.of(java.util.UUID.fromString(converted.json().get("id").asString()));

		CaseView opened = cases.caseView(CurrentUser.system(), caseId);
		assertThat(opened.openedAt()).as("opened when the chat started, not when it was converted").isEqualTo(start);
		assertThat(opened.channel()).isEqualTo(Channel.CHAT);
		assertThat(opened.requesterId()).isEqualTo(premier.userId());
		assertThat(opened.messages()).extracting(CaseView.Message::kind, CaseView.Message::at).containsExactly(
				org.assertj.core.groups.Tuple.tuple(MessageKind.CUSTOMER_REPLY, start.plus(Duration.ofMinutes(2))),
				org.assertj.core.groups.Tuple.tuple(MessageKind.PUBLIC_REPLY, start.plus(Duration.ofMinutes(10))));

		// started at T, 15 min on 24x7: due T+15m; the agent's first chat message at T+10m met it
		SlaTarget first = firstResponse(caseId);
		assertThat(first.startedAt()).isEqualTo(start);
		assertThat(first.dueAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
		assertThat(first.metAt()).isEqualTo(start.plus(Duration.ofMinutes(10)));
		assertThat(first.state()).isEqualTo(TargetState.MET);

		assertThat(fixtures.chats.chat(fixtures.as(premier.userId()), chat).caseId()).isEqualTo(caseId);
		assertThat(fixtures.chats.convertToCase(fixtures.as(agent), chat, null).id()).as("converting again: the same case")
			.isEqualTo(caseId);
	}

	@Test
	void theAgentsFirstChatMessageTwentyMinutesInBreachesTheFirstResponseAtFifteenMinutes() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		ChatId chat = chatWithFirstAgentReplyAfter(premier, agent, Duration.ofMinutes(20));

		fixtures.clock.set(start.plus(Duration.ofMinutes(25)));
		CaseId caseId = fixtures.chats.convertToCase(fixtures.as(agent), chat, null).id();

		// due T+15m, nothing from support by then: breached at T+15m, answered late at T+20m
		SlaTarget first = firstResponse(caseId);
		assertThat(first.dueAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
		assertThat(first.breachedAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
		assertThat(first.metAt()).isEqualTo(start.plus(Duration.ofMinutes(20)));
		assertThat(first.state()).isEqualTo(TargetState.BREACHED);
	}

	@Test
	void aChatAttachedToAnExistingCaseAddsItsTranscriptAsAnInternalNote() {
		AccountFixtures.Tenant premier = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Tenant other = fixtures.tenant(PlanCode.PREMIER);
		AccountFixtures.Staff agent = fixtures.agent(AgentStatus.ONLINE, Language.EN);
		CaseId existing = cases.open(fixtures.as(premier.userId()), new OpenCase(premier.id(), premier.userId(), "Exports",
				"Exports stop at 99 %", null, "en", Channel.PORTAL, 3)).id();
		CaseId elsewhere = cases.open(fixtures.as(other.userId()), new OpenCase(other.id(), other.userId(), "Other",
				"Another organisation's case", null, "en", Channel.PORTAL, 3)).id();
		ChatId chat = chatWithFirstAgentReplyAfter(premier, agent, Duration.ofMinutes(3));

		assertThatThrownBy(() -> fixtures.chats.attachToCase(fixtures.as(agent), chat, elsewhere))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("caseId"));
		CaseView attached = fixtures.chats.attachToCase(fixtures.as(agent), chat, existing);

		assertThat(attached.messages()).last().satisfies(note -> {
			assertThat(note.kind()).isEqualTo(MessageKind.INTERNAL_NOTE);
			assertThat(note.body()).contains("Nobody can start the exam").contains("Looking into it");
		});
		assertThat(fixtures.chats.chat(fixtures.as(premier.userId()), chat).caseId()).isEqualTo(existing);
	}

	/** A Severity 1 chat started at {@code start}: the customer writes at +2 min, the agent first after {@code reply}. */
	private ChatId chatWithFirstAgentReplyAfter(AccountFixtures.Tenant tenant, AccountFixtures.Staff agent, Duration reply) {
		CurrentUser customer = fixtures.as(tenant.userId());
		ChatView chat = fixtures.chats.start(customer, new NewChat("Candidates locked out", "en", null, 1));
		assertThat(chat.offeredTo()).isEqualTo(agent.id());
		fixtures.clock.set(start.plus(Duration.ofMinutes(1)));
		fixtures.chats.accept(fixtures.as(agent), chat.id());
		fixtures.clock.set(start.plus(Duration.ofMinutes(2)));
		fixtures.chats.post(customer, chat.id(), "Nobody can start the exam", "c-1");
		fixtures.clock.set(start.plus(reply));
		fixtures.chats.post(fixtures.as(agent), chat.id(), "Looking into it", "a-1");
		return chat.id();
	}

	private SlaTarget firstResponse(CaseId caseId) {
		return sla.sla(CurrentUser.system(), caseId).targets().stream()
			.filter(target -> target.metric() == SlaTarget.Metric.FIRST_RESPONSE).findFirst().orElseThrow();
	}
}
