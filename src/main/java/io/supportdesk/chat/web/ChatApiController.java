package io.supportdesk.chat.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseView;
import io.supportdesk.chat.AgentStatus;
import io.supportdesk.chat.ChatAvailability;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.chat.ChatMessage;
import io.supportdesk.chat.ChatRouting;
import io.supportdesk.chat.ChatView;
import io.supportdesk.chat.NewChat;
import io.supportdesk.shared.InvalidInput;

/** Live chat over HTTP: everything the sockets do, for clients without one (and for scripts). */
@RestController
@Tag(name = "Chat", description = "Live chat (Premier, Proctored exam 24x7): start, read, write, accept, close, convert "
		+ "to a case; agents' status and the chat queue. Live delivery is over STOMP on /chat-socket (see README).")
class ChatApiController {

	private final ChatManagement chats;

	private final ChatRouting routing;

	private final ChatAvailability availability;

	private final io.supportdesk.chat.ChatTranscriptMail transcripts;

	ChatApiController(ChatManagement chats, ChatRouting routing, ChatAvailability availability,
			io.supportdesk.chat.ChatTranscriptMail transcripts) {
		this.transcripts = transcripts;
		this.chats = chats;
		this.routing = routing;
		this.availability = availability;
	}

	/** {@code {"topic", "language", "product"?, "severity"?}}. */
	record StartBody(String topic, String language, String product, Integer severity) {
	}

	/** {@code {"body", "clientId"}}. */
	record MessageBody(String body, String clientId) {
	}

	@PostMapping("/api/chats")
	@Operation(summary = "Starts a chat", description = "Customers of an organisation entitled to live chat (403 naming the "
			+ "plans that include it otherwise). `{\"topic\", \"language\": \"en|de|fr|es\", \"product\"?, \"severity\"?}`; "
			+ "the chat waits in the queue and is offered to a free agent.")
	ResponseEntity<ChatView> start(CurrentUser me, @RequestBody(required = false) StartBody body) {
		StartBody given = body == null ? new StartBody(null, null, null, null) : body;
		ChatView chat = chats.start(me, new NewChat(given.topic(), given.language(), given.product(), given.severity()));
		return ResponseEntity.created(URI.create("/api/chats/" + chat.id())).body(chat);
	}

	@GetMapping("/api/chats")
	@Operation(summary = "Transcripts", description = "A customer: their organisation's chats; staff: the latest 200. "
			+ "Newest first, without messages.")
	List<ChatView> list(CurrentUser me) {
		return chats.transcripts(me);
	}

	@GetMapping("/api/chats/{chatId}")
	@Operation(summary = "A chat", description = "State, participants and the transcript with each message's sequence number.")
	ChatView get(CurrentUser me, @PathVariable String chatId) {
		return chats.chat(me, ChatId.parse(chatId));
	}

	@GetMapping("/api/chats/{chatId}/messages")
	@Operation(summary = "The messages after a sequence number", description = "`since` (default 0): what a client that "
			+ "reconnects missed.")
	List<ChatMessage> since(CurrentUser me, @PathVariable String chatId, @RequestParam(defaultValue = "0") int since) {
		return chats.since(me, ChatId.parse(chatId), since);
	}

	@PostMapping("/api/chats/{chatId}/messages")
	@Operation(summary = "Writes a message", description = "The customer, or the agent the chat was given to. "
			+ "`{\"body\", \"clientId\"}`: 201 with the stored message and its sequence number; the same `clientId` "
			+ "again stores nothing and answers the stored message (200).")
	ResponseEntity<ChatMessage> post(CurrentUser me, @PathVariable String chatId,
			@RequestBody(required = false) MessageBody body) {
		MessageBody given = body == null ? new MessageBody(null, null) : body;
		ChatManagement.Posted posted = chats.post(me, ChatId.parse(chatId), given.body(), given.clientId());
		return ResponseEntity.status(posted.created() ? 201 : 200).body(posted.message());
	}

	@PostMapping("/api/chats/{chatId}/read")
	@Operation(summary = "Read marker", description = "`{\"seq\"}`: the caller has read the chat up to this message.")
	ResponseEntity<Void> read(CurrentUser me, @PathVariable String chatId, @RequestBody(required = false) Map<String, Object> body) {
		Object seq = body == null ? null : body.get("seq");
		if (!(seq instanceof Integer number)) {
			throw new InvalidInput("seq", "refusal.chat.seq.required");
		}
		chats.markRead(me, ChatId.parse(chatId), number);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/chats/{chatId}/accept")
	@Operation(summary = "Accepts an offered chat", description = "The agent it is offered to (409 otherwise).")
	ChatView accept(CurrentUser me, @PathVariable String chatId) {
		return chats.accept(me, ChatId.parse(chatId));
	}

	@PostMapping("/api/chats/{chatId}/close")
	@Operation(summary = "Ends a chat", description = "Its customer's organisation, its agent or a manager; the transcript is kept.")
	ChatView close(CurrentUser me, @PathVariable String chatId) {
		return chats.close(me, ChatId.parse(chatId));
	}

	@PostMapping("/api/chats/{chatId}/transcript/mail")
	@Operation(summary = "Mails the transcript to the caller", description = "Anyone who may read the chat; the mail is "
			+ "in the caller's language and zone. 202 with `{\"to\"}`: the address it is queued for.")
	org.springframework.http.ResponseEntity<java.util.Map<String, String>> mailTranscript(CurrentUser me,
			@PathVariable String chatId) {
		return org.springframework.http.ResponseEntity.accepted()
			.body(java.util.Map.of("to", transcripts.mailTo(me, ChatId.parse(chatId))));
	}

	@PostMapping("/api/chats/{chatId}/case")
	@Operation(summary = "Converts the chat into a case", description = "Staff. `{\"severity\"?}`. The case opens at the "
			+ "chat's start, by its customer, channel CHAT, with the transcript as its first messages: the agent's first "
			+ "chat message is its first public reply for the SLA. Converting again answers the same case.")
	ResponseEntity<CaseView> convert(CurrentUser me, @PathVariable String chatId,
			@RequestBody(required = false) Map<String, Object> body) {
		Object severity = body == null ? null : body.get("severity");
		if (severity != null && !(severity instanceof Integer)) {
			throw new InvalidInput("severity", "refusal.cases.severity.rangeField");
		}
		CaseView opened = chats.convertToCase(me, ChatId.parse(chatId), (Integer) severity);
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

	@PostMapping("/api/chats/{chatId}/attach")
	@Operation(summary = "Attaches the chat to an existing case", description = "Staff. `{\"caseId\"}` of the same "
			+ "organisation: the transcript becomes an internal note on it.")
	CaseView attach(CurrentUser me, @PathVariable String chatId, @RequestBody(required = false) Map<String, Object> body) {
		Object caseId = body == null ? null : body.get("caseId");
		return chats.attachToCase(me, ChatId.parse(chatId), caseId == null ? null : CaseId.parse(String.valueOf(caseId), "caseId"));
	}

	@GetMapping("/api/chat/queue")
	@Operation(summary = "The chat queue", description = "Staff: waiting and offered chats, priority queueing first, then "
			+ "the longest waiting.")
	List<ChatView> queue(CurrentUser me) {
		return chats.queue(me);
	}

	@GetMapping("/api/chat/agents")
	@Operation(summary = "Agents' chat status", description = "Staff: status, capacity, and the chats each has.")
	List<ChatRouting.AgentDesk> agents(CurrentUser me) {
		return routing.desks(me);
	}

	/** {@code {"status": "ONLINE|AWAY|OFFLINE", "capacity"?}}. */
	record AgentStatusBody(AgentStatus status, Integer capacity) {
	}

	@PutMapping("/api/chat/status")
	@Operation(summary = "Sets the caller's chat status", description = "Staff. `{\"status\": \"ONLINE|AWAY|OFFLINE\", "
			+ "\"capacity\"?: 1–20}` (default 3); online, the caller is offered waiting chats.")
	ChatRouting.AgentDesk status(CurrentUser me, @RequestBody(required = false) AgentStatusBody body) {
		AgentStatusBody given = body == null ? new AgentStatusBody(null, null) : body;
		return routing.setStatus(me, given.status(), given.capacity());
	}

	@GetMapping("/api/chat/availability")
	@Operation(summary = "Whether chat is available now", description = "For a customer: entitled, within the hours that "
			+ "apply, and an agent free. `{\"available\", \"entitled\", \"withinHours\", \"agentFree\"}`.")
	Map<String, Object> availability(CurrentUser me) {
		ChatAvailability.Availability now = availability.of(me);
		return Map.of("available", now.available(), "entitled", now.entitled(), "withinHours", now.withinHours(),
				"agentFree", now.agentFree());
	}
}
