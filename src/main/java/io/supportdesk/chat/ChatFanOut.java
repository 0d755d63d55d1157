package io.supportdesk.chat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivery to every node through PostgreSQL {@code LISTEN/NOTIFY}, no broker needed: whatever is stored
 * (a message, a read marker) or happens (typing, an offer, a change of state) is announced with
 * {@code pg_notify('chat_signal', …)} in the transaction that stores it, and PostgreSQL delivers the
 * notification to every listening node only when that transaction commits — so a message is always
 * stored before anyone receives it. The payload is small ({@code m:<chat>:<seq>}); each node holds one
 * dedicated connection that listens ({@code PGConnection.getNotifications} with a timeout), reads the
 * stored message, and hands it to the sockets connected to it ({@link ChatSubscribers}). A node that
 * loses its connection listens again; what its clients missed meanwhile they fetch when they resume
 * from their last sequence number.
 */
@Component
class ChatFanOut implements SmartLifecycle {

	static final String CHANNEL = "chat_signal";

	private static final Logger log = LoggerFactory.getLogger(ChatFanOut.class);

	private final DataSource dataSource;

	private final Chats chats;

	private final ObjectProvider<ChatSubscribers> subscribers;

	private final ChatSettings settings;

	private volatile boolean running;

	private volatile Thread thread;

	ChatFanOut(DataSource dataSource, Chats chats, ObjectProvider<ChatSubscribers> subscribers, ChatSettings settings) {
		this.dataSource = dataSource;
		this.chats = chats;
		this.subscribers = subscribers;
		this.settings = settings;
	}

	static String message(UUID chat, int seq) {
		return "m:" + chat + ":" + seq;
	}

	static String typing(UUID chat, UUID user) {
		return "t:" + chat + ":" + user;
	}

	static String read(UUID chat, UUID user, int seq) {
		return "r:" + chat + ":" + user + ":" + seq;
	}

	static String state(UUID chat) {
		return "s:" + chat;
	}

	static String offer(UUID agent, UUID chat) {
		return "o:" + agent + ":" + chat;
	}

	@Override
	public void start() {
		if (!settings.listen()) {
			return;
		}
		running = true;
		Thread listening = new Thread(this::listen, "chat-fan-out");
		listening.setDaemon(true);
		thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listening = thread;
		if (listening != null) {
			listening.interrupt();
			try {
				listening.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							handle(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Chat fan-out lost its connection; listening again in a second", ex);
					pause();
				}
			}
		}
	}

	/** Delivers one announced signal to this node's sockets (public for the benchmark's and tests' use). */
	void handle(String payload) {
		ChatSubscribers local = subscribers.getIfAvailable();
		if (local == null) {
			return;
		}
		String[] part = payload.split(":");
		try {
			UUID first = UUID.fromString(part[1]);
			switch (part[0]) {
				case "m" -> chats.message(first, Integer.parseInt(part[2])).ifPresent(message -> local
					.deliver(new ChatSignal(ChatSignal.Kind.MESSAGE, first, message, null, message.seq())));
				case "t" -> local.deliver(new ChatSignal(ChatSignal.Kind.TYPING, first, null, UUID.fromString(part[2]), 0));
				case "r" -> local.deliver(new ChatSignal(ChatSignal.Kind.READ, first, null, UUID.fromString(part[2]),
						Integer.parseInt(part[3])));
				case "s" -> local.deliver(new ChatSignal(ChatSignal.Kind.STATE, first, null, null, 0));
				case "o" -> local.offerChanged(first, UUID.fromString(part[2]));
				default -> log.debug("Unknown chat signal {}", payload);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Chat signal {} not delivered", payload, ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
