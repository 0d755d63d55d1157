package io.supportdesk.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watches every support mailbox whose server offers IMAP IDLE, so that a mail is read seconds after it
 * arrives instead of at the next poll: one connection per mailbox waits in IDLE, and when the server
 * announces new messages the mailbox is read ({@link InboundReader#poll(Mailbox)}, the same reading as a
 * poll, so everything it promises holds). Polling goes on as the fallback; a mailbox without IDLE is
 * only polled. A lost connection is made again (after 1 s, doubling up to 5 min while it fails), and
 * the mailbox is read on every new connection, so a mail that arrived in between waits for nothing. The
 * connection is renewed every 9 minutes (servers end IDLE after 30), which also finds a dead one. Runs
 * on every instance (a mailbox read by two at once reads every mail once); stops first on shutdown.
 * Off with {@code supportdesk.mail.idle=false}.
 */
@Component
class MailboxWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

	/** A watching connection is renewed after this long without a word from the server. */
	static final Duration RENEWAL = Duration.ofMinutes(9);

	private final Mailboxes mailboxes;

	private final InboundReader reader;

	private final MailSettings settings;

	private final InboundSettings inbound;

	private final List<Watch> watches = new ArrayList<>();

	private volatile boolean running;

	MailboxWatcher(Mailboxes mailboxes, InboundReader reader, MailSettings settings, InboundSettings inbound) {
		this.inbound = inbound;
		this.mailboxes = mailboxes;
		this.reader = reader;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		if (running || !settings.idle()) {
			return;
		}
		running = true;
		for (Mailbox box : mailboxes.all()) {
			Watch watch = new Watch(box);
			watches.add(watch);
			watch.thread.start();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		for (Watch watch : watches) {
			watch.close();
		}
		for (Watch watch : watches) {
			watch.await();
		}
		watches.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether a connection waits in IDLE on this mailbox now (for tests and the log). */
	boolean watching(Mailbox box) {
		synchronized (this) {
			return watches.stream().anyMatch(watch -> watch.box.equals(box) && watch.idling);
		}
	}

	/** One mailbox's watching connection, on a thread of its own, and the reading it wakes. */
	private final class Watch implements Runnable {

		final Mailbox box;

		final Thread thread;

		final ExecutorService readings;

		final AtomicBoolean wakePending = new AtomicBoolean();

		volatile Store store;

		volatile Folder folder;

		volatile boolean idling;

		Watch(Mailbox box) {
			this.box = box;
			this.thread = new Thread(this, "mail-idle-" + box.username());
			this.thread.setDaemon(true);
			this.readings = Executors.newSingleThreadExecutor(runnable -> {
				Thread reading = new Thread(runnable, "mail-idle-read-" + box.username());
				reading.setDaemon(true);
				return reading;
			});
		}

		@Override
		public void run() {
			long backoff = 1000;
			while (running) {
				long since = System.nanoTime();
				try {
					if (!watch()) {
						return; // the server offers no IDLE: the mailbox is polled only
					}
				}
				catch (MessagingException | RuntimeException lost) {
					if (!running) {
						return;
					}
					boolean renewal = Duration.ofNanos(System.nanoTime() - since).compareTo(RENEWAL) >= 0;
					if (renewal) {
						log.debug("Watching {}: connection renewed ({})", box.name(), lost.getMessage());
						backoff = 1000;
						continue;
					}
					log.warn("Watching {} failed, again in {} s: {}", box.name(), backoff / 1000, lost.getMessage());
					pause(backoff);
					backoff = Math.min(backoff * 2, Duration.ofMinutes(5).toMillis());
				}
				finally {
					idling = false;
					closeQuietly();
				}
			}
		}

		/** Connects and waits in IDLE until the connection ends; false when the server offers no IDLE. */
		private boolean watch() throws MessagingException {
			Properties properties = InboundReader.sessionProperties(box);
			properties.setProperty("mail." + box.protocol() + ".timeout", String.valueOf(RENEWAL.toMillis()));
			Store connected = Session.getInstance(properties).getStore(box.protocol());
			store = connected;
			connected.connect(box.host(), box.port(), box.username(), box.password());
			if (!(connected instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
				log.info("Mailbox {} offers no IMAP IDLE: it is read every {}", box.name(), inbound.pollInterval());
				return false;
			}
			Folder folder = connected.getFolder(box.folder());
			this.folder = folder;
			folder.open(Folder.READ_ONLY);
			folder.addMessageCountListener(new MessageCountAdapter() {
				@Override
				public void messagesAdded(MessageCountEvent added) {
					wake();
				}
			});
			wake(); // what arrived while no connection watched
			log.debug("Watching {} (IMAP IDLE)", box.name());
			while (running && folder.isOpen()) {
				idling = true;
				((IMAPFolder) folder).idle();
			}
			return true;
		}

		/** Reads the mailbox soon, once for any number of wake-ups that come while a reading waits. */
		private void wake() {
			if (running && wakePending.compareAndSet(false, true)) {
				readings.execute(() -> {
					wakePending.set(false);
					reader.poll(box);
				});
			}
		}

		void close() {
			closeQuietly();
			thread.interrupt();
			readings.shutdown();
		}

		void await() {
			try {
				thread.join(5000);
				readings.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}

		private void closeQuietly() {
			Folder watched = folder;
			if (watched != null && watched.isOpen()) {
				try {
					watched.close(false); // ends a waiting IDLE
				}
				catch (MessagingException | RuntimeException ignored) {
					// closing what may be broken already
				}
			}
			Store open = store;
			if (open != null) {
				try {
					open.close();
				}
				catch (MessagingException | RuntimeException ignored) {
					// closing what may be broken already
				}
			}
		}

		private void pause(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
