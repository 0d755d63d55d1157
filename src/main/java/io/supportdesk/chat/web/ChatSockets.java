package io.supportdesk.chat.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.SessionCheck;
import io.supportdesk.accounts.SessionManagement;
import io.supportdesk.chat.ChatSettings;

/**
 * This node's open chat sockets, kept in step with their users as web sessions are: every
 * {@link ChatSettings#socketRecheck()} (and on every frame, through {@link ChatSocketAuthorisation}) the
 * user behind each socket is rechecked ({@link SessionManagement#recheck}); a socket of a user who was
 * disabled or removed, or whose password was changed or reset, is closed with 1008 (policy violation),
 * so that nothing more is delivered to it. Each node sweeps its own sockets, so a user disabled on one
 * node loses their sockets on every node within one interval.
 */
@Component
class ChatSockets implements WebSocketHandlerDecoratorFactory, SmartLifecycle {

	static final CloseStatus SESSION_ENDED = CloseStatus.POLICY_VIOLATION.withReason("session ended");

	private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);

	private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

	private final SessionManagement sessions;

	private final ChatSettings settings;

	private volatile ScheduledExecutorService sweeper;

	ChatSockets(SessionManagement sessions, ChatSettings settings) {
		this.sessions = sessions;
		this.settings = settings;
	}

	@Override
	public WebSocketHandler decorate(WebSocketHandler handler) {
		return new WebSocketHandlerDecorator(handler) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				open.put(session.getId(), session);
				super.afterConnectionEstablished(session);
			}

			@Override
			public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
				open.remove(session.getId());
				super.afterConnectionClosed(session, closeStatus);
			}
		};
	}

	/** How many sockets this node holds open. */
	int count() {
		return open.size();
	}

	/** Closes the socket (by its WebSocket session id, STOMP's session id) because its user's session ended. */
	void end(String sessionId) {
		WebSocketSession session = open.remove(sessionId);
		if (session != null) {
			close(session);
		}
	}

	/** Rechecks the user of every open socket; closes those whose session ended. Answers how many it closed. */
	int recheck() {
		int closed = 0;
		for (WebSocketSession session : open.values()) {
			if (session.getPrincipal() instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof AccountPrincipal principal) {
				if (sessions.recheck(principal) instanceof SessionCheck.Ended) {
					open.remove(session.getId());
					close(session);
					closed++;
				}
			}
		}
		return closed;
	}

	private static void close(WebSocketSession session) {
		try {
			session.close(SESSION_ENDED);
		}
		catch (IOException ex) {
			log.debug("Chat socket {} was already gone: {}", session.getId(), ex.getMessage());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "chat-socket-recheck");
			thread.setDaemon(true);
			return thread;
		});
		long every = settings.socketRecheck().toMillis();
		executor.scheduleWithFixedDelay(() -> {
			try {
				int closed = recheck();
				if (closed > 0) {
					log.info("Closed {} chat socket(s) whose user's session ended", closed);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Rechecking the chat sockets failed; trying again in {} ms: {}", every, ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		sweeper = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = sweeper;
		sweeper = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return sweeper != null;
	}
}
