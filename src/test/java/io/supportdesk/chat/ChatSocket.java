package io.supportdesk.chat;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;

/**
 * A STOMP client on {@code /chat-socket} as a signed-in web session (its cookie authenticates the
 * handshake), the way the portal and the console connect. Frames received are queued per subscription;
 * ERROR frames are kept apart.
 */
final class ChatSocket implements AutoCloseable {

	private final StompSession session;

	private final List<String> errors;

	private ChatSocket(StompSession session, List<String> errors) {
		this.session = session;
		this.errors = errors;
	}

	static ChatSocket connect(int port, String cookieHeader) throws Exception {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new JacksonJsonMessageConverter());
		WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
		headers.add("Cookie", cookieHeader);
		List<String> errors = new CopyOnWriteArrayList<>();
		StompSession session = client.connectAsync("ws://localhost:" + port + "/chat-socket", headers, new StompHeaders(),
				new StompSessionHandlerAdapter() {
					@Override
					public void handleFrame(StompHeaders frame, Object payload) {
						errors.add(String.valueOf(frame.getFirst("message")));
					}

					@Override
					public void handleException(StompSession s, StompCommand command, StompHeaders frame, byte[] payload,
							Throwable exception) {
						errors.add(String.valueOf(exception));
					}

					@Override
					public void handleTransportError(StompSession s, Throwable exception) {
						errors.add("transport: " + exception);
					}
				}).get(10, TimeUnit.SECONDS);
		return new ChatSocket(session, errors);
	}

	/** ERROR frames and transport errors so far. */
	List<String> errors() {
		return errors;
	}

	/** Subscribes; what arrives is queued. */
	BlockingQueue<JsonNode> subscribe(String destination) {
		BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
		session.subscribe(destination, new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return JsonNode.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				frames.add((JsonNode) payload);
			}
		});
		return frames;
	}

	BlockingQueue<JsonNode> chat(ChatId chat) {
		return subscribe("/topic/chats/" + chat);
	}

	void send(ChatId chat, String body, String clientId) {
		session.send("/app/chats/" + chat + "/messages", Map.of("body", body, "clientId", clientId));
	}

	void typing(ChatId chat) {
		session.send("/app/chats/" + chat + "/typing", Map.of());
	}

	boolean connected() {
		return session.isConnected();
	}

	/** The next frame of this kind, skipping others; null if none comes in time. */
	static JsonNode next(BlockingQueue<JsonNode> frames, String kind, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode frame = frames.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
			if (frame != null && kind.equals(frame.path("kind").asString())) {
				return frame;
			}
		}
		return null;
	}

	@Override
	public void close() {
		if (session.isConnected()) {
			session.disconnect();
		}
	}
}
