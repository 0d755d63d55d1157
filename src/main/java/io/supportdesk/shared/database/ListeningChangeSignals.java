package io.supportdesk.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLongArray;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.supportdesk.shared.ChangeSignals;
import io.supportdesk.shared.TransactionMemo;

/**
 * {@link ChangeSignals} from PostgreSQL's {@code LISTEN/NOTIFY}: one dedicated connection per node
 * listens on {@value #CHANNEL}, where the reference tables' triggers ({@code shared_announce_change})
 * announce the topic of each committed change. Until it listens, and whenever its connection is lost,
 * the node answers {@link #UNKNOWN}; once it listens again every topic moves on, since changes may have
 * been missed meanwhile. Every {@link #CHECK_EVERY} the connection must answer a query and every topic
 * moves on anyway, so nothing is kept longer than that on a notification that never came.
 */
@Component
class ListeningChangeSignals implements ChangeSignals, SmartLifecycle {

	static final String CHANNEL = "supportdesk_change";

	private static final Logger log = LoggerFactory.getLogger(ListeningChangeSignals.class);

	/** How often the connection is checked and every topic moves on regardless (see {@link #check}). */
	static final java.time.Duration CHECK_EVERY = java.time.Duration.ofSeconds(30);

	private final DataSource dataSource;

	private final AtomicLongArray generations = new AtomicLongArray(Topic.values().length);

	private volatile boolean listening;

	private volatile boolean running;

	private volatile Thread thread;

	private final java.time.Duration checkEvery;

	@org.springframework.beans.factory.annotation.Autowired
	ListeningChangeSignals(DataSource dataSource) {
		this(dataSource, CHECK_EVERY);
	}

	ListeningChangeSignals(DataSource dataSource, java.time.Duration checkEvery) {
		this.dataSource = dataSource;
		this.checkEvery = checkEvery;
	}

	@Override
	public long generation(Topic topic) {
		if (!listening || TransactionMemo.peek(new Changing(topic)).isPresent()) {
			return UNKNOWN; // a transaction that changes the topic reads its own writes, never kept
		}
		return generations.get(topic.ordinal());
	}

	@Override
	public void changing(Topic topic) {
		TransactionMemo.remember(new Changing(topic), Boolean.TRUE);
		moveOn(topic);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					moveOn(topic);
				}
			});
		}
	}

	/** The key under which a transaction notes that it changes a topic. */
	private record Changing(Topic topic) {
	}

	private void moveOn(Topic topic) {
		generations.incrementAndGet(topic.ordinal());
	}

	private void moveOnAll() {
		for (Topic topic : Topic.values()) {
			moveOn(topic);
		}
	}

	@Override
	public void start() {
		running = true;
		Thread listener = new Thread(this::listen, "change-signals");
		listener.setDaemon(true);
		thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		listening = false;
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(2000);
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
				// whatever was read before this moment may have changed unannounced
				moveOnAll();
				listening = true;
				PGConnection pg = connection.unwrap(PGConnection.class);
				long lastCheck = System.nanoTime();
				while (running) {
					if (System.nanoTime() - lastCheck > checkEvery.toNanos()) {
						check(connection);
						lastCheck = System.nanoTime();
					}
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							received(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				listening = false;
				moveOnAll();
				if (running) {
					log.warn("Change signals lost their connection; listening again in a second", ex);
					pause();
				}
			}
		}
		listening = false;
	}

	/**
	 * Every half minute the listening connection answers a query, or is given up (a connection a proxy
	 * dropped without a word would otherwise never deliver again), and every topic moves on: whatever a
	 * lost notification would have announced is re-read within that time at the latest.
	 */
	private void check(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(5);
			statement.execute("select 1");
		}
		moveOnAll();
	}

	private void received(String topic) {
		try {
			moveOn(Topic.valueOf(topic));
		}
		catch (IllegalArgumentException unknown) {
			moveOnAll();
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
