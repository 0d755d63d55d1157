package io.supportdesk.chat.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.SessionCheck;
import io.supportdesk.accounts.SessionManagement;
import io.supportdesk.chat.ChatSettings;

/**
 * This node's open chat sockets, kept in step with their users and with the web sessions they were opened
 * from: every {@link ChatSettings#socketRecheck()} (and on every frame, through
 * {@link ChatSocketAuthorisation}) the user behind each socket is rechecked ({@link SessionManagement#recheck});
 * a socket of a user who was disabled or removed, or whose password was changed or reset, is closed with 1008
 * (policy violation), so that nothing more is delivered to it. So is a socket whose web session ended — signed
 * out, invalidated or timed out — on any node ({@link SessionManagement#standing}, one query per sweep for all
 * of this node's sockets; sessions are Spring Session JDBC rows). Frames a client sends count as activity of its
 * web session, which the sweep passes on ({@link SessionManagement#keepAlive}), so that a chat kept up over the
 * socket alone does not time its session out. Each node sweeps its own sockets, so a user disabled, or a session
 * signed out, on one node loses its sockets on every node within one interval.
 */
@Component
class ChatSockets implements WebSocketHandlerDecoratorFactory, SmartLifecycle {

	static final CloseStatus SESSION_ENDED = CloseStatus.POLICY_VIOLATION.withReason("session ended");

	private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);

	private final Map<String, Open> open = new ConcurrentHashMap<>();

	/**
	 * An open socket: the web session it was opened from (null if none was known), and whether its client sent
	 * a frame since the last sweep.
	 */
	private record Open(WebSocketSession socket, String webSession, AtomicBoolean active) {

		static Open of(WebSocketSession socket) {
			Object webSession = socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
			return new Open(socket, webSession instanceof String id ? id : null, new AtomicBoolean(true));
		}
	}

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
				open.put(session.getId(), Open.of(session));
				super.afterConnectionEstablished(session);
			}

			@Override
			public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
				Open socket = open.get(session.getId());
				if (socket != null) {
					socket.active().set(true);
				}
				super.handleMessage(session, message);
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
		Open socket = open.remove(sessionId);
		if (socket != null) {
			close(socket.socket());
		}
	}

	/**
	 * Passes the sockets' activity on to their web sessions, then closes every socket whose web session ended or
	 * whose user's session ended (disabled, removed, a new password). Answers how many it closed.
	 */
	int recheck() {
		List<Open> sockets = List.copyOf(open.values());
		Set<String> active = sockets.stream().filter(socket -> socket.active().getAndSet(false)).map(Open::webSession)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		if (!active.isEmpty()) {
			sessions.keepAlive(active);
		}
		Set<String> webSessions = sockets.stream().map(Open::webSession).filter(Objects::nonNull).collect(Collectors.toSet());
		Set<String> standing = webSessions.isEmpty() ? Set.of() : sessions.standing(webSessions);
		int closed = 0;
		for (Open socket : sockets) {
			if (socket.webSession() != null && !standing.contains(socket.webSession()) || userEnded(socket.socket())) {
				open.remove(socket.socket().getId());
				close(socket.socket());
				closed++;
			}
		}
		return closed;
	}

	private boolean userEnded(WebSocketSession socket) {
		return socket.getPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof AccountPrincipal principal
				&& sessions.recheck(principal) instanceof SessionCheck.Ended;
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
					log.info("Closed {} chat socket(s) whose session ended", closed);
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
