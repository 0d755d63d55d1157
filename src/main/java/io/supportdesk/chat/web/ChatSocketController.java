package io.supportdesk.chat.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;
import io.supportdesk.chat.ChatMessage;

/**
 * What sockets send: messages ({@code {"body", "clientId"}}; stored, then delivered to every subscriber
 * with its sequence number), typing, read markers ({@code {"seq"}}); and the catch-up of a client that
 * (re)subscribes: {@code SUBSCRIBE /app/chats/{id}/since/{seq}} answers that client alone with the
 * messages after {@code seq}.
 */
@Controller
class ChatSocketController {

	private final ChatManagement chats;

	ChatSocketController(ChatManagement chats) {
		this.chats = chats;
	}

	record MessageFrame(String body, String clientId) {
	}

	@MessageMapping("/chats/{chatId}/messages")
	void post(@DestinationVariable String chatId, @Payload MessageFrame frame, Principal principal) {
		chats.post(user(principal), ChatId.parse(chatId), frame.body(), frame.clientId());
	}

	@MessageMapping("/chats/{chatId}/typing")
	void typing(@DestinationVariable String chatId, Principal principal) {
		chats.typing(user(principal), ChatId.parse(chatId));
	}

	@MessageMapping("/chats/{chatId}/read")
	void read(@DestinationVariable String chatId, @Payload Map<String, Object> frame, Principal principal) {
		if (frame.get("seq") instanceof Integer seq) {
			chats.markRead(user(principal), ChatId.parse(chatId), seq);
		}
	}

	@SubscribeMapping("/chats/{chatId}/since/{seq}")
	List<ChatMessage> since(@DestinationVariable String chatId, @DestinationVariable int seq, Principal principal) {
		return chats.since(user(principal), ChatId.parse(chatId), seq);
	}

	/** A refused message is not stored; the sender learns it by the missing sequence number (and may resend). */
	@MessageExceptionHandler
	void refused(RuntimeException refused) {
		// nothing to deliver: the frame was refused before anything was stored
	}

	private static CurrentUser user(Principal principal) {
		return ChatSocketAuthorisation.userOf(principal).orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}
}
