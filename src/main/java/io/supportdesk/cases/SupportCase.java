package io.supportdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.Refusal;

/**
 * The support case: it owns its transitions and their guards, records every change in its
 * append-only history and collects the events to publish. Live use and imports go through the same
 * methods, each with the instant the change happened.
 */
class SupportCase {

	enum Side {
		CUSTOMER, SUPPORT
	}

	/** A message not yet stored. */
	record NewMessage(int seq, MessageKind kind, UserId author, String body, Instant at) {
	}

	/** A history entry not yet stored; the facts (severities, reason, assignment) are null where they do not apply. */
	record NewHistory(int seq, Instant at, String type, UserId actor, String detail, CaseView.Facts facts) {
	}

	private final CaseState state;

	private final List<NewMessage> newMessages = new ArrayList<>();

	private final List<NewHistory> newHistory = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	SupportCase(CaseState state) {
		this.state = state;
	}

	static SupportCase open(OpenCase request, CaseReference reference, Instant at) {
		return open(request, reference, at, false);
	}

	static SupportCase open(OpenCase request, CaseReference reference, Instant at, boolean imported) {
		CaseState state = new CaseState(UUID.randomUUID(), reference, request.organisation().value(),
				request.requester() == null ? null : request.requester().value(), request.subject().strip(),
				request.description().strip(), request.product(), request.language(), request.channel(),
				request.severity(), request.severity(), CaseStatus.NEW, null, null, at, at, null, Side.CUSTOMER, null, 0, 0);
		SupportCase opened = new SupportCase(state);
		opened.history(at, "OPENED", request.requester(),
				"Opened by " + request.channel() + ", proposed severity " + request.severity(),
				new CaseView.Facts(null, request.severity(), null, null, null));
		opened.events.add(new CaseOpened(opened.id(), opened.organisation(), at, request.severity(), request.channel(),
				request.language(), imported));
		return opened;
	}

	void classify(int severity, String reason, Actor actor, Instant at) {
		requireStaff(actor, "refusal.cases.staffOnly.classify");
		requireNot(EnumSet.of(CaseStatus.CLOSED), "refusal.cases.closed.classify");
		if (severity < 1 || severity > 4) {
			throw new CaseRuleViolation("refusal.cases.severity.range");
		}
		if (reason == null || reason.isBlank()) {
			throw new CaseRuleViolation("refusal.cases.classification.reason");
		}
		advance(at);
		int previous = state.severity;
		state.severity = severity;
		openIfNew();
		history(at, "CLASSIFIED", actor.user(), "Severity " + previous + " → " + severity + ": " + reason.strip(),
				new CaseView.Facts(previous, severity, reason.strip(), null, null));
		events.add(new CaseClassified(id(), organisation(), at, previous, severity, reason.strip()));
	}

	void supportReply(String body, boolean isPublic, Actor actor, Instant at) {
		requireStaff(actor, "refusal.cases.staffOnly.reply");
		if (isPublic) {
			requireIn(EnumSet.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER), "refusal.cases.status.publicReply");
		}
		else {
			requireNot(EnumSet.of(CaseStatus.CLOSED), "refusal.cases.closed.note");
		}
		advance(at);
		message(isPublic ? MessageKind.PUBLIC_REPLY : MessageKind.INTERNAL_NOTE, actor.user(), body, at);
		if (isPublic) {
			state.lastPublicFrom = Side.SUPPORT;
			openIfNew();
			history(at, "SUPPORT_REPLIED", actor.user(), null);
			events.add(new SupportReplied(id(), organisation(), at));
		}
		else {
			history(at, "INTERNAL_NOTE", actor.user(), null);
			events.add(new InternalNoteAdded(id(), organisation(), at));
		}
	}

	void customerReply(String body, Actor actor, Instant at, Duration reopenWindow) {
		requireNot(EnumSet.of(CaseStatus.CLOSED), "refusal.cases.closed.reply");
		if (state.status == CaseStatus.RESOLVED) {
			reopen(actor, at, reopenWindow);
		}
		advance(at);
		message(MessageKind.CUSTOMER_REPLY, actor.user(), body, at);
		state.lastPublicFrom = Side.CUSTOMER;
		if (state.status == CaseStatus.PENDING_CUSTOMER) {
			state.status = CaseStatus.OPEN;
		}
		history(at, "CUSTOMER_REPLIED", actor.user(), null);
		events.add(new CustomerReplied(id(), organisation(), at));
	}

	/** Only after a public reply from support that the customer has not answered yet. */
	void waitOnCustomer(Actor actor, Instant at) {
		requireStaff(actor, "refusal.cases.staffOnly.waitOnCustomer");
		if (state.lastPublicFrom != Side.SUPPORT) {
			throw new CaseRuleViolation("refusal.cases.waitOnCustomer.noPublicReply");
		}
		requireIn(EnumSet.of(CaseStatus.OPEN), "refusal.cases.status.waitOnCustomer");
		advance(at);
		state.status = CaseStatus.PENDING_CUSTOMER;
		history(at, "WAITING_ON_CUSTOMER", actor.user(), null);
		events.add(new CaseWaitingOnCustomer(id(), organisation(), at));
	}

	void resolve(Actor actor, Instant at) {
		requireIn(EnumSet.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER), "refusal.cases.status.resolve");
		advance(at);
		state.status = CaseStatus.RESOLVED;
		state.resolvedAt = at;
		history(at, "RESOLVED", actor.user(), null);
		events.add(new CaseResolved(id(), organisation(), at));
	}

	/** Staff reopen at any time; customers within the reopen window after resolution. */
	void reopen(Actor actor, Instant at, Duration reopenWindow) {
		requireIn(EnumSet.of(CaseStatus.RESOLVED), "refusal.cases.status.reopen");
		if (!actor.staff() && at.isAfter(state.resolvedAt.plus(reopenWindow))) {
			throw new CaseRuleViolation("refusal.cases.reopen.windowEnded", reopenWindow.toDays());
		}
		advance(at);
		state.status = CaseStatus.OPEN;
		state.resolvedAt = null;
		history(at, "REOPENED", actor.user(), null);
		events.add(new CaseReopened(id(), organisation(), at));
	}

	void close(Actor actor, Instant at) {
		requireStaff(actor, "refusal.cases.staffOnly.close");
		requireIn(EnumSet.of(CaseStatus.RESOLVED), "refusal.cases.status.close");
		advance(at);
		state.status = CaseStatus.CLOSED;
		history(at, "CLOSED", actor.user(), null);
		events.add(new CaseClosed(id(), organisation(), at));
	}

	/**
	 * Supportdesk closes the case because the reopen window of its resolution at {@code resolvedAt} ended
	 * at {@code windowEnd}: the change is recorded at the window's end (or at the case's last change, where
	 * support added a note or assigned it after that), with no actor and
	 * {@link CaseView.Cause#REOPEN_WINDOW_ENDED} as its cause. Does nothing, and answers false, unless
	 * the case is still resolved by that very resolution (not reopened, resolved again or closed since).
	 */
	boolean closeAfterReopenWindow(Instant resolvedAt, Instant windowEnd) {
		if (state.status != CaseStatus.RESOLVED || !resolvedAt.equals(state.resolvedAt)) {
			return false;
		}
		Instant at = windowEnd.isBefore(state.updatedAt) ? state.updatedAt : windowEnd;
		advance(at);
		state.status = CaseStatus.CLOSED;
		history(at, "CLOSED", null, "Closed by Supportdesk: not reopened within the reopen window after its resolution at "
				+ resolvedAt, new CaseView.Facts(null, null, null, null, null, CaseView.Cause.REOPEN_WINDOW_ENDED));
		events.add(new CaseClosed(id(), organisation(), at));
		return true;
	}

	void assign(UserId assignee, TeamId team, Actor actor, Instant at) {
		requireStaff(actor, "refusal.cases.staffOnly.assign");
		requireNot(EnumSet.of(CaseStatus.CLOSED), "refusal.cases.closed.assign");
		advance(at);
		state.assigneeId = assignee == null ? null : assignee.value();
		state.teamId = team == null ? null : team.value();
		history(at, "ASSIGNED", actor.user(), "assignee " + assignee + ", team " + team,
				new CaseView.Facts(null, null, null, assignee, team));
		events.add(new CaseAssigned(id(), organisation(), at, assignee, team, state.status));
	}

	private void openIfNew() {
		if (state.status == CaseStatus.NEW) {
			state.status = CaseStatus.OPEN;
		}
	}

	private void advance(Instant at) {
		if (at.isBefore(state.updatedAt)) {
			throw new CaseRuleViolation("refusal.cases.beforeLastChange", state.updatedAt);
		}
		state.updatedAt = at;
	}

	private void message(MessageKind kind, UserId author, String body, Instant at) {
		if (body == null || body.isBlank()) {
			throw new CaseRuleViolation("refusal.cases.message.empty");
		}
		newMessages.add(new NewMessage(++state.messageCount, kind, author, body.strip(), at));
	}

	private void history(Instant at, String type, UserId actor, String detail) {
		history(at, type, actor, detail, CaseView.Facts.NONE);
	}

	private void history(Instant at, String type, UserId actor, String detail, CaseView.Facts facts) {
		newHistory.add(new NewHistory(++state.historyCount, at, type, actor, detail, facts));
	}

	/** Refuses a customer, for the reason the refusal {@code key} names. */
	private void requireStaff(Actor actor, String key) {
		if (!actor.staff()) {
			throw new CaseRuleViolation(key);
		}
	}

	/** Refuses unless the case is in one of {@code allowed}; the refusal {@code key}'s text names the status as {0}. */
	private void requireIn(Set<CaseStatus> allowed, String key) {
		if (!allowed.contains(state.status)) {
			throw new CaseRuleViolation(key, status());
		}
	}

	/** Refuses while the case is in one of {@code forbidden}; the refusal {@code key}'s text names the status as {0}. */
	private void requireNot(Set<CaseStatus> forbidden, String key) {
		if (forbidden.contains(state.status)) {
			throw new CaseRuleViolation(key, status());
		}
	}

	private Object status() {
		return Refusal.term("refusal.term.caseStatus." + state.status);
	}

	CaseId id() {
		return new CaseId(state.id);
	}

	OrganisationId organisation() {
		return new OrganisationId(state.organisationId);
	}

	CaseState state() {
		return state;
	}

	List<NewMessage> newMessages() {
		return newMessages;
	}

	List<NewHistory> newHistory() {
		return newHistory;
	}

	List<Object> events() {
		return events;
	}
}
