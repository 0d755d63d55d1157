package io.supportdesk.mail;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.NewUser;
import io.supportdesk.accounts.OrganisationDomains;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.shared.Language;

/**
 * What one inbound message does, in one transaction with the record that it was read: the record's
 * key (mailbox and Message-ID) is unique, so a message delivered twice, fetched twice or read again
 * after a crash changes nothing the second time. In this order: a delivery report is recorded against
 * the outbound mail it reports on; mail from our own address is ignored (a loop); other automatic
 * mail (auto-replies, bulk) and mail from an address that is no enabled customer go to the
 * quarantine, whole — except that an unknown address in a domain an organisation has verified becomes
 * a new customer user of it; a known customer's mail that answers a Message-ID of a case (ours or one we
 * received), or quotes a case's reference they may write on, is a reply on that case (it reopens a
 * resolved case inside the reopen window); any other becomes a new case by mail.
 */
@Component
class InboundRouting {

	private static final Logger log = LoggerFactory.getLogger(InboundRouting.class);

	private static final Pattern CASE_THREAD = Pattern.compile("^<case-([0-9a-f-]{36})@");

	private static final DateTimeFormatter ORIGINAL_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final AccountManagement accounts;

	private final OrganisationDomains domains;

	private final MailSettings settings;

	private final InboundSettings inbound;

	private final Clock clock;

	private final CaseAttachments attachments;

	private final MailLanguage languages;

	private final MessageSource messages;

	private final Mailboxes mailboxes;

	InboundRouting(Mailboxes mailboxes, JdbcClient jdbc, CaseManagement cases, AccountManagement accounts, OrganisationDomains domains,
			MailSettings settings, InboundSettings inbound, Clock clock, CaseAttachments attachments,
			MailLanguage languages, MessageSource messages) {
		this.mailboxes = mailboxes;
		this.jdbc = jdbc;
		this.cases = cases;
		this.attachments = attachments;
		this.languages = languages;
		this.messages = messages;
		this.accounts = accounts;
		this.domains = domains;
		this.settings = settings;
		this.inbound = inbound;
		this.clock = clock;
	}

	/** Routes a message read from {@code mailbox}; returns what it did (also when it was done before). */
	@Transactional
	public InboundOutcome route(String mailbox, InboundMessage message) {
		Instant now = clock.instant();
		boolean first = jdbc.sql("""
				insert into mail_inbound (mailbox, message_key, sender, subject, outcome, received_at)
				values (:mailbox, :key, :sender, :subject, 'READ', :now) on conflict do nothing""")
			.param("mailbox", mailbox).param("key", message.key()).param("sender", message.sender())
			.param("subject", cut(message.subject())).param("now", Timestamp.from(now)).update() == 1;
		if (!first) {
			return InboundOutcome.ALREADY_READ;
		}
		Routed routed = decide(mailbox, message, now);
		jdbc.sql("update mail_inbound set outcome = :outcome, case_id = :caseId where mailbox = :mailbox and message_key = :key")
			.param("outcome", routed.outcome().name()).param("caseId", routed.caseId() == null ? null : routed.caseId().value())
			.param("mailbox", mailbox).param("key", message.key()).update();
		log.info("Mail {} from {}: {}{}", message.key(), message.sender(), routed.outcome(),
				routed.caseId() == null ? "" : " " + routed.caseId());
		return routed.outcome();
	}

	private Routed decide(String mailbox, InboundMessage message, Instant now) {
		if (message.deliveryReport()) {
			int bounced = 0;
			for (String id : message.answers()) {
				bounced += jdbc.sql("update mail_outbox set state = 'BOUNCED', last_error = :why where message_id = :id")
					.param("why", cut("bounced: " + message.subject())).param("id", id).update();
			}
			return new Routed(bounced > 0 ? InboundOutcome.BOUNCE : quarantine(mailbox, message, "AUTOMATIC", now), null);
		}
		if (message.sender() == null || message.sender().equalsIgnoreCase(settings.address())) {
			return new Routed(InboundOutcome.IGNORED, null);
		}
		if (message.automatic()) {
			return new Routed(quarantine(mailbox, message, "AUTOMATIC", now), null);
		}
		if (message.raw().length > inbound.maxMessageSize().toBytes()) {
			return new Routed(quarantine(mailbox, message, "TOO_LARGE", now), null);
		}
		Optional<UserSummary> known = accounts.findUserByEmail(message.sender());
		if (known.isEmpty()) {
			known = domains.organisationFor(message.sender()).map(organisation -> newCustomer(organisation, message));
		}
		Optional<UserSummary> customer = known.filter(user -> user.enabled() && user.role().isCustomer());
		if (customer.isEmpty()) {
			return new Routed(quarantine(mailbox, message, "UNKNOWN_SENDER", now), null);
		}
		return routeAs(customer.get(), mailbox, message, now, openedAt(message, now));
	}

	/** How far back a mail's arrival may open its case; an older stamp (mail moved in from elsewhere) counts as now. */
	static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofDays(7);

	/**
	 * When a case opened by this message opens, so that its SLA starts at the mail's arrival and not at
	 * the moment it was read (a poll later, or after Supportdesk was down): the arrival our mail server
	 * stamped, if it is not in the future and at most {@link #LONGEST_WAIT} ago; now otherwise.
	 */
	static Instant openedAt(InboundMessage message, Instant now) {
		Instant arrived = message.arrivedAt();
		return arrived == null || arrived.isAfter(now) || arrived.isBefore(now.minus(LONGEST_WAIT)) ? now : arrived;
	}

	/**
	 * A message of a known customer: a reply on the case it threads to (if they may write on it), else a
	 * new case in the language it is written in (else the mailbox's, else the sender's) with the mailbox's
	 * default severity; quarantined when their organisation
	 * has no subscription. Its quoted history is kept as a trailing block quote (folded on the case
	 * pages); its files become case attachments (one over the attachment limit is named in the text
	 * instead) and the original mail is attached whole, as an {@code .eml} file.
	 */
	Routed routeAs(UserSummary sender, String mailbox, InboundMessage message, Instant now, Instant openedAt) {
		MailText text = MailText.of(message.text());
		Optional<Mailbox> box = mailboxes.named(mailbox);
		Language language = languages.of(message.subject(), text)
			.or(() -> box.map(Mailbox::language))
			.orElse(sender.language());
		String original = "mail-" + ORIGINAL_NAME.format(now) + ".eml";
		String fresh = text.fresh().isBlank() ? message.subject() : text.fresh();
		String notes = tooLarge(message, language, original);
		String body = new MailText(notes.isEmpty() ? fresh : fresh + "\n\n" + notes, text.history()).markdown();
		// a case this sender may not write on is no clue: try the next, else open a new case
		for (CaseId candidate : threadedCases(message)) {
			if (cases.mayAddByMail(sender.id(), candidate)) {
				cases.replyByMail(sender.id(), candidate, body);
				keepFiles(sender, candidate, message, original);
				return new Routed(InboundOutcome.REPLY, candidate);
			}
		}
		if (!cases.mayOpenByMail(sender.id())) {
			return new Routed(quarantine(mailbox, message, "NO_SUBSCRIPTION", now), null);
		}
		String subject = message.subject().isBlank() ? "(no subject)" : message.subject();
		CaseId opened = cases.openByMail(sender.id(), cut(subject), body.isBlank() ? subject : body, language.code(),
				box.map(Mailbox::defaultSeverity).orElse(inbound.defaultSeverity()), openedAt).id();
		keepFiles(sender, opened, message, original);
		return new Routed(InboundOutcome.CASE_OPENED, opened);
	}

	private void keepFiles(UserSummary sender, CaseId caseId, InboundMessage message, String original) {
		CurrentUser actor = new CurrentUser(sender.id(), sender.organisationId(), sender.email(), sender.name(),
				sender.role(), sender.language(), sender.timeZone());
		for (InboundMessage.Attachment file : message.attachments()) {
			if (file.content().length <= attachments.maxAttachmentSize()) {
				attachments.attach(actor, caseId, file.filename(), new ByteArrayInputStream(file.content()));
			}
		}
		attachments.attachOriginal(actor, caseId, original, new ByteArrayInputStream(message.raw()),
				inbound.maxMessageSize().toBytes());
	}

	/** A line for each file over the attachment limit, in the mail's language: it is in the original only. */
	private String tooLarge(InboundMessage message, Language language, String original) {
		StringBuilder notes = new StringBuilder();
		for (InboundMessage.Attachment file : message.attachments()) {
			if (file.content().length > attachments.maxAttachmentSize()) {
				notes.append(notes.isEmpty() ? "" : "\n").append("_").append(messages.getMessage(
						"mail.inbound.attachmentTooLarge", new Object[] { file.filename(), size(file.content().length),
								size(attachments.maxAttachmentSize()), original },
						language.locale())).append("_");
			}
		}
		return notes.toString();
	}

	/** {@code 31.2 MB}, {@code 640 KB}: a size as people read it. */
	static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		return Math.max(1, (bytes + 1023) / 1024) + " KB";
	}

	/** The cases the message may answer, best clue first: its In-Reply-To and References, then the subject. */
	private java.util.List<CaseId> threadedCases(InboundMessage message) {
		java.util.LinkedHashSet<CaseId> found = new java.util.LinkedHashSet<>();
		for (String id : message.answers()) {
			Matcher thread = CASE_THREAD.matcher(id);
			if (thread.find()) {
				found.add(new CaseId(UUID.fromString(thread.group(1))));
				continue;
			}
			jdbc.sql("select case_id from mail_outbox where message_id = :id and case_id is not null"
					+ " union select case_id from mail_inbound where message_key = :id and case_id is not null")
				.param("id", id).query(UUID.class).list().forEach(caseId -> found.add(new CaseId(caseId)));
		}
		String reference = message.quotedReference();
		if (reference != null) {
			cases.findByReference(reference).ifPresent(found::add);
		}
		return java.util.List.copyOf(found);
	}

	private InboundOutcome quarantine(String mailbox, InboundMessage message, String reason, Instant now) {
		jdbc.sql("""
				insert into mail_quarantine (id, mailbox, message_key, sender, subject, reason, raw, state, received_at)
				values (:id, :mailbox, :key, :sender, :subject, :reason, :raw, 'OPEN', :now)""")
			.param("id", UUID.randomUUID()).param("mailbox", mailbox).param("key", message.key())
			.param("sender", message.sender()).param("subject", cut(message.subject())).param("reason", reason)
			.param("raw", message.raw()).param("now", Timestamp.from(now)).update();
		return InboundOutcome.QUARANTINED;
	}

	private static String cut(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

	/**
	 * The sender as a new customer user of {@code organisation} (one that verified their domain, or the
	 * one staff assigned their quarantined mail to): named as the mail names them, with a random password
	 * nobody knows (they set one through "Forgot your password?").
	 */
	UserSummary newCustomer(OrganisationId organisation, InboundMessage message) {
		String name = message.senderName() != null && !message.senderName().isBlank() ? message.senderName().strip()
				: message.sender().substring(0, message.sender().indexOf('@'));
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		UserId created = accounts.addUser(CurrentUser.system(), organisation, new NewUser(message.sender(), cut(name),
				Role.CUSTOMER_USER, java.util.HexFormat.of().formatHex(secret), null, null, null));
		log.info("Mail from {}: new customer user {} of organisation {}", message.sender(), created,
				organisation);
		return accounts.findUser(created).orElseThrow();
	}

	record Routed(InboundOutcome outcome, CaseId caseId) {
	}
}
