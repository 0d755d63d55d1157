package io.supportdesk.chat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;

/**
 * Who takes which chat (Salesforce Omni-Channel's shape): agents set their status (online, away,
 * offline) and capacity (default {@code supportdesk.chat.default-capacity}, 3); the chat queue is worked
 * in order — chats of organisations with priority queueing first, then the longest waiting — and each
 * waiting chat is offered to an online agent with free capacity (an offered chat counts against it),
 * preferring agents with the chat's language among their skills, then the least loaded; an agent the
 * chat was offered to before comes last. An offer not accepted within
 * {@code supportdesk.chat.offer-timeout} goes back to the queue and to the next agent: a persistent
 * db-scheduler timer per offer, which acts only while the chat is still offered by that very offer (a
 * conditional update), so a timer fired twice or on two nodes moves the chat once. Routing runs under a
 * transaction-scoped advisory lock, so two nodes never offer one chat twice.
 */
@Service
@Transactional
public class ChatRouting {

	static final String TASK = "chat-offer-timeout";

	private static final long ROUTING_LOCK = 0x43484154L; // "CHAT"

	private final JdbcClient jdbc;

	private final Chats chats;

	private final AccountManagement accounts;

	private final ChatSettings settings;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<OneTimeTask<OfferTimeout>> task;

	private final Clock clock;

	ChatRouting(JdbcClient jdbc, Chats chats, AccountManagement accounts, ChatSettings settings,
			ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<OfferTimeout>> task, Clock clock) {
		this.jdbc = jdbc;
		this.chats = chats;
		this.accounts = accounts;
		this.settings = settings;
		this.scheduler = scheduler;
		this.task = task;
		this.clock = clock;
	}

	@Bean
	static OneTimeTask<OfferTimeout> chatOfferTimeoutTask(ObjectProvider<ChatRouting> routing) {
		return Tasks.oneTime(TASK, OfferTimeout.class)
			.execute((instance, context) -> routing.getObject()
				.offerTimedOut(instance.getData().chatId(), instance.getData().offerNumber()));
	}

	/** An agent's chat status and capacity, with the chats they have now. */
	public record AgentDesk(UserId agentId, String name, AgentStatus status, int capacity, int load,
			List<ChatId> chats) {
	}

	/** Sets the signed-in agent's status (and capacity, if given); coming online, they are offered waiting chats. */
	public AgentDesk setStatus(CurrentUser actor, AgentStatus status, Integer capacity) {
		requireStaff(actor);
		if (status == null) {
			throw new InvalidInput("status", "refusal.chat.status.required");
		}
		if (capacity != null && (capacity < 1 || capacity > 20)) {
			throw new InvalidInput("capacity", "refusal.chat.capacity.range", 1, 20);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into chat_agent (user_id, status, capacity, changed_at) values (:user, :status, :capacity, :now)
				on conflict (user_id) do update set status = excluded.status, changed_at = excluded.changed_at,
				capacity = coalesce(:given, chat_agent.capacity)""")
			.param("user", actor.id().value()).param("status", status.name())
			.param("capacity", capacity == null ? settings.defaultCapacity() : capacity).param("given", capacity)
			.param("now", Timestamp.from(now)).update();
		if (status != AgentStatus.ONLINE) {
			// an agent who steps away hands back what was offered to them and not yet accepted
			for (Chats.Row offered : chats.activeOf(actor.id().value())) {
				if (offered.state() == ChatState.OFFERED) {
					offerTimedOut(offered.id(), offered.offerNumber());
				}
			}
		}
		route();
		return desk(actor.id());
	}

	/** The agent's chat status (offline, capacity by default, if they never set one). */
	@Transactional(readOnly = true)
	public AgentDesk desk(UserId agent) {
		record Status(AgentStatus status, int capacity) {
		}
		Status status = jdbc.sql("select status, capacity from chat_agent where user_id = :user").param("user", agent.value())
			.query((rs, n) -> new Status(AgentStatus.valueOf(rs.getString(1)), rs.getInt(2))).optional()
			.orElse(new Status(AgentStatus.OFFLINE, settings.defaultCapacity()));
		List<Chats.Row> mine = chats.activeOf(agent.value());
		String name = accounts.findUser(agent).map(UserSummary::name).orElse("");
		return new AgentDesk(agent, name, status.status(), status.capacity(), mine.size(),
				mine.stream().map(row -> new ChatId(row.id())).toList());
	}

	/** Every agent who set a chat status, online first (staff). */
	@Transactional(readOnly = true)
	public List<AgentDesk> desks(CurrentUser actor) {
		requireStaff(actor);
		return jdbc.sql("select user_id from chat_agent order by case status when 'ONLINE' then 0 when 'AWAY' then 1 else 2 end,"
				+ " user_id").query(UUID.class).list().stream().map(id -> desk(new UserId(id))).toList();
	}

	/** Whether some online agent has free capacity now. */
	@Transactional(readOnly = true)
	public boolean anyAgentFree() {
		return !freeAgents().isEmpty();
	}

	/**
	 * Offers waiting chats, in queue order, to free agents until either runs out. Returns how many offers it
	 * made.
	 */
	public int route() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ROUTING_LOCK).query(rs -> {
		});
		int offers = 0;
		Instant now = clock.instant();
		for (Chats.Row chat : chats.queue()) {
			if (chat.state() != ChatState.WAITING) {
				continue;
			}
			Optional<Free> agent = choose(chat);
			if (agent.isEmpty()) {
				continue;
			}
			offer(chat, agent.get().agent().id().value(), now);
			offers++;
		}
		return offers;
	}

	/**
	 * The timer of an offer: if the chat is still offered by this offer, the offer ends (timed out) and the
	 * chat goes to the next agent. Returns whether it moved the chat.
	 */
	public boolean offerTimedOut(UUID chatId, int offerNumber) {
		Optional<UUID> agent = jdbc.sql("select offered_to from chat_session where id = :id and state = 'OFFERED'"
				+ " and offer_number = :number for update").param("id", chatId).param("number", offerNumber)
			.query(UUID.class).optional();
		agent.ifPresent(offered -> jdbc.sql("update chat_session set state = 'WAITING', offered_to = null, offer_deadline = null"
				+ " where id = :id").param("id", chatId).update());
		if (agent.isEmpty()) {
			return false;
		}
		jdbc.sql("update chat_offer set outcome = 'TIMED_OUT' where chat_id = :id and agent_id = :agent and outcome = 'OPEN'")
			.param("id", chatId).param("agent", agent.get()).update();
		chats.notifyNodes(ChatFanOut.offer(agent.get(), chatId));
		chats.notifyNodes(ChatFanOut.state(chatId));
		route();
		return true;
	}

	private void offer(Chats.Row chat, UUID agent, Instant now) {
		int number = chat.offerNumber() + 1;
		Instant deadline = now.plus(settings.offerTimeout());
		jdbc.sql("update chat_session set state = 'OFFERED', offered_to = :agent, offer_number = :number,"
				+ " offer_deadline = :deadline where id = :id").param("agent", agent).param("number", number)
			.param("deadline", Timestamp.from(deadline)).param("id", chat.id()).update();
		jdbc.sql("""
				insert into chat_offer (chat_id, agent_id, offered_at, outcome) values (:id, :agent, :now, 'OPEN')
				on conflict (chat_id, agent_id) do update set offered_at = excluded.offered_at, outcome = 'OPEN'""")
			.param("id", chat.id()).param("agent", agent).param("now", Timestamp.from(now)).update();
		OfferTimeout timer = new OfferTimeout(chat.id(), number);
		scheduler.getObject().scheduleIfNotExists(task.getObject().instance(timer.instanceId(), timer), deadline);
		chats.notifyNodes(ChatFanOut.offer(agent, chat.id()));
		chats.notifyNodes(ChatFanOut.state(chat.id()));
	}

	/** An online agent with free capacity. */
	private record Free(UserSummary agent, int load, Instant since) {
	}

	private Optional<Free> choose(Chats.Row chat) {
		Set<UUID> offeredBefore = new HashSet<>(jdbc.sql("select agent_id from chat_offer where chat_id = :id")
			.param("id", chat.id()).query(UUID.class).list());
		Optional<Language> language = Language.ofCode(chat.language());
		return freeAgents().stream()
			.min(Comparator.<Free, Boolean>comparing(free -> offeredBefore.contains(free.agent().id().value()))
				.thenComparing(free -> language.isEmpty() || !free.agent().languageSkills().contains(language.get()))
				.thenComparingInt(Free::load).thenComparing(Free::since)
				.thenComparing(free -> free.agent().id().value()));
	}

	private List<Free> freeAgents() {
		record Online(UUID user, int capacity, Instant since, int load) {
		}
		List<Online> online = jdbc.sql("""
				select a.user_id, a.capacity, a.changed_at,
				  (select count(*) from chat_session s where s.state in ('OFFERED', 'ACTIVE')
				     and (s.agent_id = a.user_id or s.offered_to = a.user_id)) as load
				from chat_agent a where a.status = 'ONLINE'""")
			.query((rs, n) -> new Online(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
			.list().stream().filter(agent -> agent.load() < agent.capacity()).toList();
		if (online.isEmpty()) {
			return List.of();
		}
		// one read of the staff (with their language skills) rather than one per agent
		java.util.Map<UUID, UserSummary> staff = accounts.staff(CurrentUser.system()).stream()
			.collect(java.util.stream.Collectors.toMap(user -> user.id().value(), user -> user));
		return online.stream().flatMap(agent -> Optional.ofNullable(staff.get(agent.user())).filter(UserSummary::enabled)
			.map(user -> new Free(user, agent.load(), agent.since())).stream()).toList();
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
	}
}
