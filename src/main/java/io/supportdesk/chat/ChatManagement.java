package io.supportdesk.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.cases.ChatHandover;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;

/**
 * Live chat sessions, their messages and transcripts. Who may do what:
 * <ul>
 * <li>a customer of an organisation entitled to {@link Entitlement#LIVE_CHAT} starts chats; every user
 * of the organisation may join, read and write in its chats (another organisation's chat does not exist
 * for them);</li>
 * <li>an agent writes in the chats given to them (accepted); any member of staff reads transcripts;
 * supervisors (managers) may watch any chat live;</li>
 * <li>every message is stored with the chat's next sequence number (the chat's row is locked while it is
 * numbered) before it is announced to the nodes; a message sent again with the same {@code clientId}
 * is stored once and answered with the stored message.</li>
 * </ul>
 */
@Service
@Transactional
public class ChatManagement {

	static final int MAX_BODY = 4000;

	private final Chats chats;

	private final ChatRouting routing;

	private final AccountManagement accounts;

	private final EntitlementCheck entitlements;

	private final CaseManagement cases;

	private final ApplicationEventPublisher events;

	private final ChatAttachments files;

	private final Clock clock;

	ChatManagement(Chats chats, ChatRouting routing, AccountManagement accounts, EntitlementCheck entitlements,
			CaseManagement cases, ApplicationEventPublisher events, ChatAttachments files, Clock clock) {
		this.files = files;
		this.chats = chats;
		this.routing = routing;
		this.accounts = accounts;
		this.entitlements = entitlements;
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/** A customer starts a chat: it waits in the chat queue and is offered to an agent at once if one is free. */
	public ChatView start(CurrentUser actor, NewChat request) {
		return start(actor, request, clock.instant());
	}

	/** Starts a chat at {@code now} (the demo's past transcripts; live use starts it now). */
	ChatView start(CurrentUser actor, NewChat request, Instant now) {
		if (!actor.isCustomer()) {
			throw new AccessDeniedException("Customers start chats");
		}
		var entitled = entitlements.of(actor.organisationId(), now);
		entitled.require(Entitlement.LIVE_CHAT);
		NewChat chat = checked(request);
		UUID id = UUID.randomUUID();
		chats.insert(new Chats.Row(id, actor.organisationId().value(), actor.id().value(), chat.topic().strip(),
				chat.language(), blankToNull(chat.product()), chat.severity(), entitled.has(Entitlement.PRIORITY_QUEUEING),
				ChatState.WAITING, now, null, 0, null, null, null, null, 0));
		events.publishEvent(new ChatStarted(new ChatId(id), actor.organisationId(), actor.id(), chat.topic().strip(),
				chat.language(), now));
		routing.route();
		return view(actor, row(id));
	}

	/** A chat with its participants and transcript. */
	@Transactional(readOnly = true)
	public ChatView chat(CurrentUser actor, ChatId id) {
		return view(actor, readable(actor, id));
	}

	/** The messages after {@code seq}: what a client that reconnects has missed. */
	@Transactional(readOnly = true)
	public List<ChatMessage> since(CurrentUser actor, ChatId id, int seq) {
		readable(actor, id);
		return chats.messagesAfter(id.value(), Math.max(0, seq));
	}

	/**
	 * Writes a message: the customer (while the chat is not closed) or the agent it was given to (while
	 * active). A {@code clientId} already stored in the chat answers the stored message and stores nothing.
	 */
	public Posted post(CurrentUser actor, ChatId id, String body, String clientId) {
		return post(actor, id, body, clientId, clock.instant());
	}

	/** Writes a message at {@code now} (the demo's past transcripts; live use writes it now). */
	Posted post(CurrentUser actor, ChatId id, String body, String clientId, Instant now) {
		String client = clientId(clientId);
		// the body is checked before a resend is recognised: a resend answers the stored message only for valid input
		if (body == null || body.isBlank()) {
			throw new InvalidInput("body", "refusal.chat.body.empty");
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInput("body", "refusal.chat.body.tooLong", MAX_BODY);
		}
		Chats.Row chat = chats.findForUpdate(id.value()).filter(row -> mayRead(actor, row))
			.orElseThrow(ChatManagement::notFound);
		if (client != null) {
			Optional<ChatMessage> stored = chats.messageByClientId(chat.id(), client);
			if (stored.isPresent()) {
				return new Posted(stored.get(), false);
			}
		}
		requireSender(actor, chat);
		int seq = chats.append(chat.id(), chat.lastSeq(), client, actor.id(), actor.name(), actor.isStaff(), body.strip(), now);
		chats.notifyNodes(ChatFanOut.message(chat.id(), seq));
		return new Posted(chats.message(chat.id(), seq).orElseThrow(), true);
	}

	/** A sender's id of a message: blank is none; at most 100 characters. */
	static String clientId(String clientId) {
		String client = blankToNull(clientId);
		if (client != null && client.length() > 100) {
			throw new InvalidInput("clientId", "refusal.chat.clientId.tooLong", 100);
		}
		return client;
	}

	/** Refuses unless the actor may write in the chat now: 409 once it has ended, 403 for staff it was not given to. */
	static void requireSender(CurrentUser actor, Chats.Row chat) {
		if (!maySend(actor, chat)) {
			throw chat.state() == ChatState.CLOSED ? new Conflict("state", "refusal.chat.closed")
					: new AccessDeniedException("Only the customer and the agent given the chat write in it");
		}
	}

	/** A message as stored; {@code created}: by this call (false: sent before with the same client id). */
	public record Posted(ChatMessage message, boolean created) {
	}

	/** Someone of the chat is typing: announced to the others, not stored. */
	@Transactional(readOnly = true)
	public void typing(CurrentUser actor, ChatId id) {
		Chats.Row chat = readable(actor, id);
		if (maySend(actor, chat)) {
			chats.notifyNodes(ChatFanOut.typing(chat.id(), actor.id().value()));
		}
	}

	/** The actor has read the chat up to {@code seq}: stored (it only moves forward) and announced. */
	public void markRead(CurrentUser actor, ChatId id, int seq) {
		Chats.Row chat = readable(actor, id);
		int upTo = Math.min(Math.max(seq, 0), chat.lastSeq());
		chats.markRead(chat.id(), actor.id().value(), upTo);
		chats.notifyNodes(ChatFanOut.read(chat.id(), actor.id().value(), upTo));
	}

	/** The agent the chat is offered to accepts it: it is theirs. */
	public ChatView accept(CurrentUser actor, ChatId id) {
		requireStaff(actor);
		Chats.Row chat = chats.findForUpdate(id.value()).orElseThrow(ChatManagement::notFound);
		if (chat.state() != ChatState.OFFERED || !actor.id().value().equals(chat.offeredTo())) {
			throw new Conflict("state", "refusal.chat.notOfferedToYou");
		}
		chats.accept(chat.id(), actor.id().value(), clock.instant());
		chats.notifyNodes(ChatFanOut.state(chat.id()));
		chats.notifyNodes(ChatFanOut.offer(actor.id().value(), chat.id()));
		return view(actor, row(chat.id()));
	}

	/** Ends a chat (its customer's organisation, its agent, or a manager); the agent's capacity is free again. */
	public ChatView close(CurrentUser actor, ChatId id) {
		Chats.Row chat = chats.findForUpdate(id.value()).filter(row -> mayRead(actor, row))
			.orElseThrow(ChatManagement::notFound);
		if (actor.isStaff() && !actor.has(Role.MANAGER) && !actor.id().value().equals(chat.agentId())) {
			throw new AccessDeniedException("Only the chat's agent or a manager ends it");
		}
		if (chat.state() != ChatState.CLOSED) {
			chats.close(chat.id(), clock.instant());
			chats.notifyNodes(ChatFanOut.state(chat.id()));
			if (chat.offeredTo() != null) {
				chats.notifyNodes(ChatFanOut.offer(chat.offeredTo(), chat.id()));
			}
			routing.route();
		}
		return view(actor, row(chat.id()));
	}

	/**
	 * Support converts the chat into a case (SPEC §6): opened at the chat's start by its customer, channel
	 * CHAT, the transcript as its first messages, so the agent's first chat message is the case's first public
	 * reply for the SLA; the files sent in the chat become the case's attachments. Severity: the given one, else the
	 * chat's, else 3. Converting again answers the same case.
	 */
	public CaseView convertToCase(CurrentUser actor, ChatId id, Integer severity) {
		requireStaff(actor);
		Chats.Row chat = chats.findForUpdate(id.value()).orElseThrow(ChatManagement::notFound);
		if (chat.caseId() != null) {
			return cases.caseView(actor, new CaseId(chat.caseId()));
		}
		int proposed = severity != null ? severity : chat.severity() != null ? chat.severity() : 3;
		if (proposed < 1 || proposed > 4) {
			throw new InvalidInput("severity", "refusal.cases.severity.rangeField");
		}
		List<ChatHandover.Line> transcript = new ArrayList<>();
		Instant previous = chat.startedAt();
		for (ChatMessage message : chats.messagesAfter(chat.id(), 0)) {
			// instants never go backwards in a case's history, whichever node's clock stamped a message
			previous = message.at().isBefore(previous) ? previous : message.at();
			transcript.add(new ChatHandover.Line(message.authorId(), message.staff(), message.text(), previous));
		}
		CaseView opened = cases.openFromChat(actor, new ChatHandover(chat.organisation(), new UserId(chat.customerId()),
				chat.topic(), chat.language(), chat.product(), proposed, chat.startedAt(), transcript));
		files.handOver(actor, chat.id(), opened.id());
		chats.linkCase(chat.id(), opened.id());
		chats.notifyNodes(ChatFanOut.state(chat.id()));
		return opened;
	}

	/**
	 * Support attaches the chat to an existing case of the same organisation: the transcript is added to the
	 * case as an internal note (it is no reply of support's to the case, so it does not count for its SLA), the
	 * files sent in the chat become the case's attachments (each once), and the chat links to the case.
	 */
	public CaseView attachToCase(CurrentUser actor, ChatId id, CaseId caseId) {
		requireStaff(actor);
		Chats.Row chat = chats.findForUpdate(id.value()).orElseThrow(ChatManagement::notFound);
		if (caseId == null) {
			throw new InvalidInput("caseId", "refusal.chat.case.required");
		}
		CaseView target;
		try {
			target = cases.caseView(actor, caseId);
		}
		catch (NotFound unknown) {
			throw new InvalidInput("caseId", "refusal.chat.case.unknown");
		}
		if (!target.organisationId().equals(chat.organisation())) {
			throw new InvalidInput("caseId", "refusal.chat.case.otherOrganisation");
		}
		StringBuilder text = new StringBuilder("Chat \"" + chat.topic() + "\" (" + chat.startedAt() + "):\n");
		chats.messagesAfter(chat.id(), 0).forEach(m -> text.append('[').append(m.at()).append("] ").append(m.authorName())
			.append(": ").append(m.text()).append('\n'));
		CaseView attached = cases.reply(actor, caseId, text.toString(), false);
		files.handOver(actor, chat.id(), caseId);
		chats.linkCase(chat.id(), caseId);
		chats.notifyNodes(ChatFanOut.state(chat.id()));
		return attached;
	}

	/** The chats the actor may read, newest first: a customer's organisation's, or (staff) the latest 200. */
	@Transactional(readOnly = true)
	public List<ChatView> transcripts(CurrentUser actor) {
		List<Chats.Row> rows = actor.isCustomer() ? chats.ofOrganisation(actor.organisationId().value()) : chats.recent(200);
		return rows.stream().map(row -> summary(row)).toList();
	}

	/** The chat queue: waiting and offered chats in the order they are offered (staff). */
	@Transactional(readOnly = true)
	public List<ChatView> queue(CurrentUser actor) {
		requireStaff(actor);
		return chats.queue().stream().map(this::summary).toList();
	}

	/** The chats offered to or accepted by this agent. */
	@Transactional(readOnly = true)
	public List<ChatView> chatsOf(CurrentUser actor) {
		requireStaff(actor);
		return chats.activeOf(actor.id().value()).stream().map(row -> view(actor, row)).toList();
	}

	/**
	 * Whether the actor may follow the chat live (subscribe): its organisation's customers; the agent it is
	 * offered to or was given to; supervisors (managers).
	 */
	@Transactional(readOnly = true)
	public boolean mayWatch(CurrentUser actor, ChatId id) {
		return chats.find(id.value()).filter(row -> actor.isCustomer() ? actor.maySee(row.organisation())
				: actor.has(Role.MANAGER) || actor.id().value().equals(row.agentId())
						|| actor.id().value().equals(row.offeredTo()))
			.isPresent();
	}

	/** Whether the actor may write in the chat now: its customer's organisation, or the agent it was given to. */
	@Transactional(readOnly = true)
	public boolean maySend(CurrentUser actor, ChatId id) {
		return chats.find(id.value()).filter(row -> maySend(actor, row)).isPresent();
	}

	/** Which organisation owns a chat (tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return chats.find(id).map(Chats.Row::organisation);
	}

	private static boolean maySend(CurrentUser actor, Chats.Row row) {
		if (row.state() == ChatState.CLOSED) {
			return false;
		}
		return actor.isCustomer() ? actor.maySee(row.organisation())
				: row.state() == ChatState.ACTIVE && actor.id().value().equals(row.agentId());
	}

	static boolean mayRead(CurrentUser actor, Chats.Row row) {
		return actor.maySee(row.organisation());
	}

	private Chats.Row readable(CurrentUser actor, ChatId id) {
		return chats.find(id.value()).filter(row -> mayRead(actor, row)).orElseThrow(ChatManagement::notFound);
	}

	private Chats.Row row(UUID id) {
		return chats.find(id).orElseThrow(ChatManagement::notFound);
	}

	private ChatView view(CurrentUser actor, Chats.Row row) {
		return view(row, chats.messagesAfter(row.id(), 0));
	}

	private ChatView summary(Chats.Row row) {
		return view(row, List.of());
	}

	private ChatView view(Chats.Row row, List<ChatMessage> transcript) {
		List<ChatView.Participant> participants = new ArrayList<>();
		accounts.findUser(new UserId(row.customerId()))
			.ifPresent(user -> participants.add(new ChatView.Participant(user.id(), user.name(), "CUSTOMER")));
		if (row.agentId() != null) {
			accounts.findUser(new UserId(row.agentId()))
				.ifPresent(user -> participants.add(new ChatView.Participant(user.id(), user.name(), "AGENT")));
		}
		String organisation = accounts.organisation(CurrentUser.system(), row.organisation()).name();
		return new ChatView(new ChatId(row.id()), row.organisation(), organisation, new UserId(row.customerId()), row.topic(),
				row.language(), row.product(), row.severity(), row.priority(), row.state(), row.startedAt(),
				row.offeredTo() == null ? null : new UserId(row.offeredTo()), row.agentId() == null ? null : new UserId(row.agentId()),
				row.acceptedAt(), row.closedAt(), row.caseId() == null ? null : new CaseId(row.caseId()), row.lastSeq(),
				participants, transcript);
	}

	private static NewChat checked(NewChat request) {
		NewChat chat = request == null ? new NewChat(null, null, null, null) : request;
		if (chat.topic() == null || chat.topic().isBlank()) {
			throw new InvalidInput("topic", "refusal.chat.topic.required");
		}
		if (chat.topic().strip().length() > 200) {
			throw new InvalidInput("topic", "refusal.chat.topic.tooLong", 200);
		}
		if (chat.language() == null || Language.ofCode(chat.language()).isEmpty()) {
			throw new InvalidInput("language", "refusal.chat.language.unknown");
		}
		if (chat.product() != null && chat.product().length() > 100) {
			throw new InvalidInput("product", "refusal.chat.product.tooLong", 100);
		}
		if (chat.severity() != null && (chat.severity() < 1 || chat.severity() > 4)) {
			throw new InvalidInput("severity", "refusal.cases.severity.rangeField");
		}
		return new NewChat(chat.topic(), Language.ofCode(chat.language()).get().code(), chat.product(), chat.severity());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static NotFound notFound() {
		return new NotFound("refusal.notFound.chat");
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
	}
}
