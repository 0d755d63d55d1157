package io.supportdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.supportdesk.MutableClock;
import io.supportdesk.WebSession;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.shared.Language;

/**
 * What chat tests set up: entitled tenants, agents with language skills, accepted chats, sockets signed in by a
 * web session, and a chat queue and agent roster of their own (the test database is shared: other tests' open
 * chats are closed and other agents set offline first, so routing sees only this test's agents and chats).
 * A test class registers it once —
 * {@code @RegisterExtension final ChatFixtures fixtures = ChatFixtures.aDayAhead();} — and before each test it
 * takes its beans from the class's application context (an imported fixture would give the tests a context of
 * their own), sets the clock and clears the queue.
 */
final class ChatFixtures implements BeforeEachCallback {

	/** How far ahead of real time the clock is set before each test; null: the test sets it itself. */
	private final Duration ahead;

	AccountFixtures accounts;

	AccountManagement accountManagement;

	PlanFixtures plans;

	ChatManagement chats;

	ChatAttachments files;

	ChatRouting routing;

	JdbcClient jdbc;

	MutableClock clock;

	ApplicationContext context;

	/** The application's port. */
	int port;

	private ChatFixtures(Duration ahead) {
		this.ahead = ahead;
	}

	/**
	 * The clock a day ahead of real time before each test: offer timers are persistent db-scheduler timers on the
	 * real clock, so none fires by itself; the test fires them.
	 */
	static ChatFixtures aDayAhead() {
		return new ChatFixtures(Duration.ofDays(1));
	}

	/** The clock on real time before each test (a second node reads the real clock). */
	static ChatFixtures onRealTime() {
		return new ChatFixtures(Duration.ZERO);
	}

	/** The clock left as it is: the test sets the instants it needs. */
	static ChatFixtures clockSetByTheTest() {
		return new ChatFixtures(null);
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		context = SpringExtension.getApplicationContext(extension);
		accounts = context.getBean(AccountFixtures.class);
		accountManagement = context.getBean(AccountManagement.class);
		plans = context.getBean(PlanFixtures.class);
		chats = context.getBean(ChatManagement.class);
		files = context.getBean(ChatAttachments.class);
		routing = context.getBean(ChatRouting.class);
		jdbc = context.getBean(JdbcClient.class);
		clock = context.getBean(MutableClock.class);
		port = context.getEnvironment().getProperty("local.server.port", Integer.class, 0);
		if (ahead != null) {
			clock.set(Instant.now().plus(ahead));
		}
		onlyThisTestsChatsAndAgents();
	}

	void onlyThisTestsChatsAndAgents() {
		jdbc.sql("update chat_session set state = 'CLOSED', offered_to = null where state <> 'CLOSED'").update();
		jdbc.sql("update chat_agent set status = 'OFFLINE'").update();
	}

	AccountFixtures.Tenant tenant(PlanCode plan) {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), plan);
		return tenant;
	}

	/** An agent speaking these languages, online (or not, if none given to {@code status}). */
	AccountFixtures.Staff agent(AgentStatus status, Language... languages) {
		AccountFixtures.Staff agent = accounts.staff(Role.AGENT);
		accountManagement.changeLanguageSkills(CurrentUser.system(), agent.id(), Set.of(languages));
		if (status != null) {
			routing.setStatus(accounts.as(agent.id()), status, null);
		}
		return agent;
	}

	ChatView start(AccountFixtures.Tenant tenant, String language) {
		return chats.start(accounts.as(tenant.userId()), new NewChat("Exam room frozen", language, null, null));
	}

	/** A chat of the tenant's user in English, offered to {@code agent} (the only one online) and accepted. */
	ChatId acceptedChat(AccountFixtures.Tenant tenant, AccountFixtures.Staff agent) {
		ChatView chat = start(tenant, "en");
		assertThat(chat.offeredTo()).isEqualTo(agent.id());
		chats.accept(as(agent), chat.id());
		return chat.id();
	}

	/**
	 * Moves the clock to the first 10:00 Berlin time at least a day ahead of real time at which the tenant's users
	 * may chat (within their plan's hours, an agent online with room): the portal's chat form is offered by the
	 * hours that apply, so a test of the form must not depend on the weekday it runs on.
	 */
	void whenChatIsAvailableTo(AccountFixtures.Tenant tenant) {
		ChatAvailability availability = context.getBean(ChatAvailability.class);
		java.time.ZonedDateTime day = Instant.now().plus(Duration.ofDays(1)).atZone(java.time.ZoneId.of("Europe/Berlin"))
			.withHour(10).withMinute(0).withSecond(0).withNano(0);
		for (int tries = 0; tries < 14; tries++, day = day.plusDays(1)) {
			clock.set(day.toInstant());
			if (availability.of(as(tenant.userId())).available()) {
				return;
			}
		}
		throw new IllegalStateException("No day in the next two weeks on which chat is available to " + tenant);
	}

	/** A socket of this user, signed in by a web session of their own on this node. */
	ChatSocket socketOf(String email) throws Exception {
		return ChatSocket.connect(port, WebSession.signIn(port, email).cookieHeader());
	}

	CurrentUser as(AccountFixtures.Staff staff) {
		return accounts.as(staff.id());
	}

	CurrentUser as(io.supportdesk.accounts.UserId user) {
		return accounts.as(user);
	}

	static List<Integer> seqs(List<ChatMessage> messages) {
		return messages.stream().map(ChatMessage::seq).toList();
	}
}
