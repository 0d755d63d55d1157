package io.supportdesk.chat.web;

import java.security.Principal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.SessionCheck;
import io.supportdesk.accounts.SessionManagement;
import io.supportdesk.chat.ChatId;
import io.supportdesk.chat.ChatManagement;

/**
 * Authorises every frame a client sends before anything handles it: CONNECT only for a signed-in user;
 * SUBSCRIBE to a chat ({@code /topic/chats/{id}}, or its catch-up {@code /app/chats/{id}/since/{seq}})
 * only for whoever may watch it — the customers of its organisation, the agent it is offered or given
 * to, managers; SEND to a chat ({@code /app/chats/{id}/messages|typing|read}) only for whoever may write
 * in it (a read marker: whoever may watch); SUBSCRIBE to {@code /topic/agents/{userId}} only for that
 * member of staff. Any other destination is refused. A refusal answers an ERROR frame and delivers nothing.
 * Every frame also rechecks the user as a web request does: a user disabled or removed, or whose
 * password changed, since the socket opened has the frame refused and the socket closed.
 */
@Component
class ChatSocketAuthorisation implements ChannelInterceptor {

	private static final Pattern CHAT_TOPIC = Pattern.compile("/topic/chats/([0-9a-fA-F-]{36})");

	private static final Pattern CATCH_UP = Pattern.compile("/app/chats/([0-9a-fA-F-]{36})/since/\\d{1,9}");

	private static final Pattern CHAT_SEND = Pattern.compile("/app/chats/([0-9a-fA-F-]{36})/(messages|typing|read)");

	private static final Pattern AGENT_TOPIC = Pattern.compile("/topic/agents/([0-9a-fA-F-]{36})");

	private final ChatManagement chats;

	private final SessionManagement sessions;

	private final ObjectProvider<ChatSockets> sockets;

	ChatSocketAuthorisation(ChatManagement chats, SessionManagement sessions, ObjectProvider<ChatSockets> sockets) {
		this.chats = chats;
		this.sessions = sessions;
		this.sockets = sockets;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
		if (stomp == null || stomp.getCommand() == null) {
			return message;
		}
		StompCommand command = stomp.getCommand();
		if (command == StompCommand.CONNECT || command == StompCommand.SUBSCRIBE || command == StompCommand.SEND) {
			CurrentUser user = userOf(stomp.getUser()).orElseThrow(() -> new AccessDeniedException("Not signed in"));
			if (stomp.getUser() instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof AccountPrincipal principal
					&& sessions.recheck(principal) instanceof SessionCheck.Ended) {
				// disabled, removed, or a new password since the socket opened: refuse the frame, close the socket
				sockets.ifAvailable(open -> open.end(stomp.getSessionId()));
				throw new AccessDeniedException("The session has ended");
			}
			if (command == StompCommand.SUBSCRIBE && !maySubscribe(user, stomp.getDestination())) {
				throw new AccessDeniedException("Not yours to watch: " + stomp.getDestination());
			}
			if (command == StompCommand.SEND && !maySend(user, stomp.getDestination())) {
				throw new AccessDeniedException("Not yours to write in: " + stomp.getDestination());
			}
		}
		return message;
	}

	static Optional<CurrentUser> userOf(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof AccountPrincipal account) {
			return Optional.of(account.currentUser());
		}
		return Optional.empty();
	}

	private boolean maySubscribe(CurrentUser user, String destination) {
		if (destination == null) {
			return false;
		}
		Matcher agent = AGENT_TOPIC.matcher(destination);
		if (agent.matches()) {
			return user.isStaff() && user.id().value().toString().equalsIgnoreCase(agent.group(1));
		}
		Matcher topic = CHAT_TOPIC.matcher(destination);
		Matcher catchUp = CATCH_UP.matcher(destination);
		String chat = topic.matches() ? topic.group(1) : catchUp.matches() ? catchUp.group(1) : null;
		return chat != null && chats.mayWatch(user, ChatId.parse(chat));
	}

	private boolean maySend(CurrentUser user, String destination) {
		Matcher send = destination == null ? null : CHAT_SEND.matcher(destination);
		if (send == null || !send.matches()) {
			return false;
		}
		ChatId chat = ChatId.parse(send.group(1));
		return send.group(2).equals("read") ? chats.mayWatch(user, chat) : chats.maySend(user, chat);
	}
}
