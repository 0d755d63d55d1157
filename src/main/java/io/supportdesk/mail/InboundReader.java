package io.supportdesk.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailboxes over IMAP ({@link Mailboxes}): every poll interval, and as soon as a
 * watched mailbox announces new mail ({@link MailboxWatcher}, IMAP IDLE). The unseen messages are
 * fetched whole in chunks (at most 50 messages and 8 MB per command), every message is routed in a
 * transaction of its own ({@link InboundRouting}), and a chunk's routed messages are flagged seen in one
 * command only after their transactions have committed. A crash between the two leaves it unseen: it is
 * read again, and its record makes the second reading change nothing (the same holds when two instances
 * read one mailbox at once). A message whose routing fails stays unseen and is tried on the next poll;
 * an unreachable mailbox is logged and reported by the health endpoint ({@code mailInbound}, status
 * UNKNOWN: reported, not fatal) and on the quarantine page, never stops the application or the other
 * mailboxes.
 */
@Component("mailInbound")
class InboundReader implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(InboundReader.class);

	/** At most this many messages are fetched in one command… */
	private static final int CHUNK = 50;

	/** …and at most this many bytes of them (a larger message is fetched alone). */
	private static final long CHUNK_BYTES = 8L * 1024 * 1024;

	private final Mailboxes mailboxes;

	private final InboundRouting routing;

	private final Clock clock;

	private final Map<String, Reading> readings = new ConcurrentHashMap<>();

	InboundReader(Mailboxes mailboxes, InboundRouting routing, Clock clock) {
		this.mailboxes = mailboxes;
		this.routing = routing;
		this.clock = clock;
	}

	/** Reads what is unseen in every mailbox; returns how many messages were routed (including ones read before). */
	int poll() {
		int routed = 0;
		for (Mailbox box : mailboxes.all()) {
			routed += poll(box);
		}
		return routed;
	}

	/**
	 * Reads what is unseen in one mailbox, one reading at a time on this instance (a poll and a watcher's
	 * wake-up wait for each other); returns how many messages were routed.
	 */
	int poll(Mailbox box) {
		Reading reading = reading(box);
		reading.lock.lock();
		try {
			int routed = read(box);
			reading.lastPoll = clock.instant();
			reading.lastError = null;
			return routed;
		}
		catch (MessagingException unreachable) {
			reading.lastError = String.valueOf(unreachable.getMessage());
			log.warn("Mailbox {} could not be read: {}", box.name(), reading.lastError);
			return 0;
		}
		finally {
			reading.lock.unlock();
		}
	}

	private int read(Mailbox box) throws MessagingException {
		int routed = 0;
		Store store = Session.getInstance(sessionProperties(box)).getStore(box.protocol());
		store.connect(box.host(), box.port(), box.username(), box.password());
		try {
			Folder folder = store.getFolder(box.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				FetchProfile sizes = new FetchProfile();
				sizes.add(FetchProfile.Item.SIZE);
				folder.fetch(unseen, sizes);
				List<Message> chunk = new ArrayList<>();
				long bytes = 0;
				for (Message message : unseen) {
					long size = Math.max(0, message.getSize());
					if (!chunk.isEmpty() && (chunk.size() == CHUNK || bytes + size > CHUNK_BYTES)) {
						routed += readChunk(box, folder, chunk);
						chunk.clear();
						bytes = 0;
					}
					chunk.add(message);
					bytes += size;
				}
				if (!chunk.isEmpty()) {
					routed += readChunk(box, folder, chunk);
				}
			}
			finally {
				folder.close(false);
			}
		}
		finally {
			store.close();
		}
		return routed;
	}

	/**
	 * How a poll talks to the server: in pieces of 1 MB, not 16 KB (a 30 MB mail in 30 round trips, not
	 * 2,000), and never waiting on a silent server for more than a minute.
	 */
	static Properties sessionProperties(Mailbox box) {
		Properties properties = new Properties();
		String prefix = "mail." + box.protocol() + ".";
		properties.setProperty(prefix + "fetchsize", String.valueOf(1024 * 1024));
		properties.setProperty(prefix + "connectiontimeout", "20000");
		properties.setProperty(prefix + "timeout", "60000");
		return properties;
	}

	/**
	 * Routes a chunk of messages fetched whole in one command, each in its own transaction, then flags
	 * the routed ones seen in one command — after their commits: a crash before it reads them again,
	 * and their records make that change nothing.
	 */
	private int readChunk(Mailbox box, Folder folder, List<Message> chunk) throws MessagingException {
		Message[] messages = chunk.toArray(new Message[0]);
		if (folder instanceof IMAPFolder) {
			FetchProfile whole = new FetchProfile();
			whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
			folder.fetch(messages, whole);
		}
		List<Message> routed = new ArrayList<>();
		for (Message message : messages) {
			if (read(box, (MimeMessage) message)) {
				routed.add(message);
			}
		}
		if (!routed.isEmpty()) {
			folder.setFlags(routed.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
		}
		return routed.size();
	}

	private boolean read(Mailbox box, MimeMessage message) {
		try {
			routing.route(box.name(), InboundMessage.of(message));
			return true;
		}
		catch (Exception failed) {
			log.error("Mail {} in {} could not be routed; it stays unseen and is tried again", messageId(message),
					box.name(), failed);
			return false;
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			return "?";
		}
	}

	private Reading reading(Mailbox box) {
		return readings.computeIfAbsent(box.name(), name -> new Reading());
	}

	/** Whether each mailbox is read and how its last reading went; empty when inbound mail is off. */
	List<InboundStatus> status() {
		return mailboxes.all().stream().map(box -> {
			Reading reading = reading(box);
			return new InboundStatus(box.name(), reading.lastPoll, reading.lastError);
		}).toList();
	}

	@Override
	public Health health() {
		if (mailboxes.all().isEmpty()) {
			return Health.status(Status.UNKNOWN).withDetail("inbound", "off: no mailbox is configured").build();
		}
		List<InboundStatus> status = status();
		Health.Builder health = status.stream().allMatch(box -> box.lastError() == null) ? Health.up()
				: Health.status(Status.UNKNOWN);
		for (InboundStatus box : status) {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("lastSuccessfulPoll", String.valueOf(box.lastSuccessfulPoll()));
			details.put("lastError", String.valueOf(box.lastError()));
			health.withDetail(box.mailbox(), details);
		}
		return health.build();
	}

	/** One mailbox's readings on this instance. */
	private static final class Reading {

		final ReentrantLock lock = new ReentrantLock();

		volatile Instant lastPoll;

		volatile String lastError;
	}
}
