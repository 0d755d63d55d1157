package io.supportdesk.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP (polling; IDLE is not used yet): the unseen messages are fetched
 * whole in chunks (at most 50 messages and 8 MB per command), every message is routed in a
 * transaction of its own ({@link InboundRouting}), and a chunk's routed messages are flagged seen in one
 * command only after their transactions have committed. A crash between the two leaves it unseen: it is read again, and its record makes the
 * second reading change nothing. A message whose routing fails stays unseen and is tried on the next
 * poll; an unreachable mailbox is logged and reported by the health endpoint ({@code mailInbound},
 * status UNKNOWN: reported, not fatal), never stops the application.
 */
@Component("mailInbound")
class InboundReader implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(InboundReader.class);

	/** At most this many messages are fetched in one command… */
	private static final int CHUNK = 50;

	/** …and at most this many bytes of them (a larger message is fetched alone). */
	private static final long CHUNK_BYTES = 8L * 1024 * 1024;

	private final ObjectProvider<Mailbox> mailbox;

	private final InboundRouting routing;

	private final Clock clock;

	private volatile Instant lastPoll;

	private volatile String lastError;

	InboundReader(ObjectProvider<Mailbox> mailbox, InboundRouting routing, Clock clock) {
		this.mailbox = mailbox;
		this.routing = routing;
		this.clock = clock;
	}

	/** Reads what is unseen; returns how many messages were routed (including ones read before). */
	int poll() {
		Mailbox box = mailbox.getIfAvailable();
		if (box == null) {
			return 0;
		}
		int routed = 0;
		try {
			Properties properties = new Properties();
			// a message is read in pieces of 1 MB, not 16 KB: a 30 MB mail in 30 round trips, not 2,000
			properties.setProperty("mail." + box.protocol() + ".fetchsize", String.valueOf(1024 * 1024));
			Store store = Session.getInstance(properties).getStore(box.protocol());
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
			lastPoll = clock.instant();
			lastError = null;
		}
		catch (MessagingException unreachable) {
			lastError = String.valueOf(unreachable.getMessage());
			log.warn("Mailbox {} could not be read: {}", box.name(), lastError);
		}
		return routed;
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

	InboundStatus status() {
		Mailbox box = mailbox.getIfAvailable();
		return box == null ? new InboundStatus(false, null, null, null)
				: new InboundStatus(true, box.name(), lastPoll, lastError);
	}

	@Override
	public Health health() {
		Mailbox box = mailbox.getIfAvailable();
		if (box == null) {
			return Health.status(Status.UNKNOWN).withDetail("inbound", "off: no mailbox is configured").build();
		}
		Health.Builder health = lastError == null ? Health.up() : Health.status(Status.UNKNOWN);
		return health.withDetail("mailbox", box.name()).withDetail("lastSuccessfulPoll", String.valueOf(lastPoll))
			.withDetail("lastError", String.valueOf(lastError)).build();
	}
}
