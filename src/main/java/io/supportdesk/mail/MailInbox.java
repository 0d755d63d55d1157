package io.supportdesk.mail;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.cases.CaseId;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.NotFound;

/**
 * What the mail channel read: the quarantine for staff — each message kept whole until a member of
 * staff assigns it to an organisation (its sender becomes a customer user there, unless they are one
 * already, and the message is routed as theirs: a reply or a new case) or rejects it — and which cases
 * mail opened.
 */
@Service
public class MailInbox {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final InboundRouting routing;

	private final Clock clock;

	private final InboundReader reader;

	MailInbox(JdbcClient jdbc, AccountManagement accounts, InboundRouting routing, Clock clock, InboundReader reader) {
		this.reader = reader;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.routing = routing;
		this.clock = clock;
	}

	/** The open quarantine, newest first (the latest 200; staff). */
	@Transactional(readOnly = true)
	public List<Quarantined> quarantine(CurrentUser actor) {
		requireStaff(actor);
		return jdbc.sql("""
				select id, sender, subject, reason, received_at, octet_length(raw) as size from mail_quarantine
				where state = 'OPEN' order by received_at desc limit 200""")
			.query((row, n) -> new Quarantined(row.getObject("id", UUID.class), row.getString("sender"),
					row.getString("subject"), row.getString("reason"), row.getTimestamp("received_at").toInstant(),
					row.getInt("size")))
			.list();
	}

	/**
	 * Assigns a quarantined message to an organisation (staff): its sender becomes a customer user of it
	 * (unless they are one already; a user of another organisation, or staff, is refused), and the
	 * message is routed as theirs. Returns the case it opened or answered.
	 */
	@Transactional
	public CaseId assign(CurrentUser actor, UUID quarantined, OrganisationId organisation) {
		hiddenFromCustomers(actor);
		Map<String, Object> row = open(quarantined);
		accounts.organisation(actor, organisation); // 404 for an organisation that does not exist
		InboundMessage message = parse((byte[]) row.get("raw"));
		if (message.sender() == null) {
			throw new Conflict("sender", "refusal.mail.quarantine.noSender");
		}
		Optional<UserSummary> existing = accounts.findUserByEmail(message.sender());
		if (existing.isPresent() && !organisation.equals(existing.get().organisationId())) {
			throw new Conflict("organisationId", "refusal.mail.quarantine.senderElsewhere", message.sender());
		}
		UserSummary customer = existing.orElseGet(() -> routing.newCustomer(organisation, message));
		String mailbox = (String) row.get("mailbox");
		// a quarantined mail's case opens when staff assign it: until then nobody could know whose it was
		InboundRouting.Routed routed = routing.routeAs(customer, mailbox, message, clock.instant(), clock.instant());
		if (routed.caseId() == null) {
			throw new Conflict("organisationId", "refusal.mail.quarantine.noSubscription");
		}
		decide(quarantined, "ASSIGNED", actor, routed.caseId());
		jdbc.sql("update mail_inbound set outcome = :outcome, case_id = :caseId where mailbox = :mailbox and message_key = :key")
			.param("outcome", routed.outcome().name()).param("caseId", routed.caseId().value()).param("mailbox", mailbox)
			.param("key", row.get("message_key")).update();
		return routed.caseId();
	}

	/** Rejects a quarantined message (staff): it stays stored, marked rejected, and does nothing. */
	@Transactional
	public void reject(CurrentUser actor, UUID quarantined) {
		hiddenFromCustomers(actor);
		open(quarantined);
		decide(quarantined, "REJECTED", actor, null);
	}

	/**
	 * One open quarantined message with its text (as routing would read it: HTML reduced to text, at most
	 * 20,000 characters) and its files' names, for staff to decide on. 404 for customers and for a
	 * message that is decided already.
	 */
	@Transactional(readOnly = true)
	public QuarantinedMail quarantined(CurrentUser actor, UUID id) {
		hiddenFromCustomers(actor);
		Map<String, Object> row = jdbc.sql("select * from mail_quarantine where id = :id and state = 'OPEN'")
			.param("id", id).query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFound("refusal.notFound.quarantinedMail"));
		byte[] raw = (byte[]) row.get("raw");
		InboundMessage message = parse(raw);
		String text = message.text().length() > 20_000 ? message.text().substring(0, 20_000) + "…" : message.text();
		return new QuarantinedMail(new Quarantined(id, (String) row.get("sender"), (String) row.get("subject"),
				(String) row.get("reason"), ((Timestamp) row.get("received_at")).toInstant(), raw.length), text,
				message.attachments().stream().map(InboundMessage.Attachment::filename).toList(),
				message.sender() == null ? Optional.empty() : accounts.findUserByEmail(message.sender()).map(UserSummary::organisationId));
	}

	/** The support mailboxes read and how their last readings went; empty when inbound mail is off. */
	public List<InboundStatus> inboundStatus() {
		return reader.status();
	}

	/** How many messages wait in the quarantine (staff; for the console's menu and headings). */
	@Transactional(readOnly = true)
	public int quarantineSize(CurrentUser actor) {
		requireStaff(actor);
		return jdbc.sql("select count(*) from mail_quarantine where state = 'OPEN'").query(Integer.class).single();
	}

	/** The case opened or answered by a message of the support mailbox, by the message's key (Message-ID). */
	@Transactional(readOnly = true)
	public Optional<CaseId> caseOf(String messageKey) {
		return jdbc.sql("select case_id from mail_inbound where message_key = :key and case_id is not null limit 1")
			.param("key", messageKey).query(UUID.class).optional().map(CaseId::new);
	}

	private Map<String, Object> open(UUID id) {
		return jdbc.sql("select * from mail_quarantine where id = :id and state = 'OPEN' for update").param("id", id)
			.query().listOfRows().stream().findFirst().orElseThrow(() -> new NotFound("refusal.notFound.quarantinedMail"));
	}

	private void decide(UUID id, String state, CurrentUser actor, CaseId caseId) {
		Instant now = clock.instant();
		jdbc.sql("update mail_quarantine set state = :state, decided_by = :by, decided_at = :at, case_id = :caseId where id = :id")
			.param("state", state).param("by", actor.email()).param("at", Timestamp.from(now))
			.param("caseId", caseId == null ? null : caseId.value()).param("id", id).update();
	}

	private static InboundMessage parse(byte[] raw) {
		try {
			return InboundMessage.of(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
		}
		catch (Exception unreadable) {
			throw new IllegalStateException("A quarantined message could not be read again", unreadable);
		}
	}


	/** A customer never learns that a quarantined message exists: 404, as for an unknown id. */
	private static void hiddenFromCustomers(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new NotFound("refusal.notFound.quarantinedMail");
		}
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
	}
}
