package io.supportdesk.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.InvalidInput;

/**
 * Rebuilds a case from another service desk's history: its events are applied in order, with their
 * original instants, through the same rules as live use, and published like live ones. Events must
 * come in non-decreasing order of instant and none in the future; the first opens the case. Any
 * event that breaks a rule refuses the whole import, naming the event ({@code events[3]}); nothing is
 * stored. Support's events are done by the member of staff they name ({@link ImportedEvent#author()}),
 * else by the importer; the opening and customer replies are the requester's.
 */
@Service
@Transactional
public class CaseImport {

	private static final Duration NO_REOPEN_LIMIT = Duration.ofDays(365L * 100);

	private final CaseOpening opening;

	private final SupportCases cases;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseImport(CaseOpening opening, SupportCases cases, AccountManagement accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.opening = opening;
		this.cases = cases;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** What an import needs besides the events. */
	public record ImportedCase(OrganisationId organisation, UserId requester, String subject, String description,
			String product, String language, List<ImportedEvent> events) {
	}

	public CaseId importCase(CurrentUser actor, ImportedCase imported) {
		if (!actor.has(Role.MANAGER) && !actor.has(Role.OPERATIONS)) {
			throw new AccessDeniedException("Managers and operations import cases");
		}
		accounts.organisation(actor, imported.organisation());
		opening.requireRequester(imported.organisation(), imported.requester());
		SupportCase supportCase = replay(actor, imported);
		cases.save(supportCase);
		supportCase.events().forEach(events::publishEvent);
		return supportCase.id();
	}

	private SupportCase replay(CurrentUser actor, ImportedCase imported) {
		List<ImportedEvent> history = imported.events();
		if (history.isEmpty() || !"OPENED".equals(history.get(0).type())) {
			throw new InvalidInput("events[0]", "refusal.cases.import.firstNotOpened");
		}
		Instant now = clock.instant();
		SupportCase supportCase = null;
		Instant previous = Instant.MIN;
		for (int i = 0; i < history.size(); i++) {
			ImportedEvent event = history.get(i);
			String field = "events[" + i + "]";
			if (event == null || event.at() == null || event.type() == null) {
				throw new InvalidInput(field, "refusal.cases.import.incomplete");
			}
			if (event.at().isAfter(now)) {
				throw new InvalidInput(field, "refusal.cases.import.future");
			}
			if (event.at().isBefore(previous)) {
				throw new InvalidInput(field, "refusal.cases.import.outOfOrder");
			}
			previous = event.at();
			try {
				supportCase = i == 0 ? opened(imported, event) : apply(supportCase, event, staff(actor, event), imported);
			}
			catch (CaseRuleViolation | InvalidInput violation) {
				throw new InvalidInput(field, "refusal.cases.import.event", event.type(), violation.refusal());
			}
		}
		return supportCase;
	}

	/** Who did a support event: the member of staff it names, else the importer. */
	private Actor staff(CurrentUser importer, ImportedEvent event) {
		if (event.author() == null) {
			return Actor.of(importer);
		}
		if ("CUSTOMER_REPLIED".equals(event.type())) {
			throw new CaseRuleViolation("refusal.cases.import.customerReplyAuthor");
		}
		if (accounts.findUser(event.author()).filter(user -> user.role().isStaff()).isEmpty()) {
			throw new CaseRuleViolation("refusal.cases.import.authorNotStaff");
		}
		return Actor.staffMember(event.author());
	}

	private SupportCase opened(ImportedCase imported, ImportedEvent event) {
		if (event.author() != null) {
			throw new CaseRuleViolation("refusal.cases.import.openedAuthor");
		}
		if (event.severity() == null) {
			throw new CaseRuleViolation("refusal.cases.import.openedSeverity");
		}
		return opening.build(new OpenCase(imported.organisation(), imported.requester(), imported.subject(),
				imported.description(), imported.product(), imported.language(),
				event.channel() == null ? Channel.EMAIL : event.channel(), event.severity()), event.at(), true);
	}

	private static SupportCase apply(SupportCase supportCase, ImportedEvent event, Actor staff, ImportedCase imported) {
		Actor customer = Actor.customer(imported.requester());
		Instant at = event.at();
		switch (event.type()) {
			case "OPENED" -> throw new CaseRuleViolation("refusal.cases.import.openedTwice");
			case "CLASSIFIED" -> supportCase.classify(event.severity() == null ? 0 : event.severity(),
					event.reason() == null ? "Imported classification" : event.reason(), staff, at);
			case "SUPPORT_REPLIED" -> supportCase.supportReply(text(event, "(imported reply)"), true, staff, at);
			case "INTERNAL_NOTE" -> supportCase.supportReply(text(event, "(imported note)"), false, staff, at);
			case "WAITING_ON_CUSTOMER" -> supportCase.waitOnCustomer(staff, at);
			case "CUSTOMER_REPLIED" -> supportCase.customerReply(text(event, "(imported reply)"), customer, at,
					NO_REOPEN_LIMIT);
			case "RESOLVED" -> supportCase.resolve(staff, at);
			case "REOPENED" -> supportCase.reopen(staff, at, NO_REOPEN_LIMIT);
			case "CLOSED" -> supportCase.close(staff, at);
			default -> throw new CaseRuleViolation("refusal.cases.import.unknownType", event.type());
		}
		return supportCase;
	}

	private static String text(ImportedEvent event, String fallback) {
		return event.body() == null || event.body().isBlank() ? fallback : event.body();
	}
}
