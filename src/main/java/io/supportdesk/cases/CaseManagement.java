package io.supportdesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * The case, live: customers open cases and reply; support classifies, replies, notes, assigns and
 * moves the status. Customers read their cases where their plan includes case management in the
 * portal (or included it when the case was opened, after their subscription ended); a customer user
 * sees the cases they requested or that were shared with them, a customer admin all of the
 * organisation's.
 */
@Service
@Transactional
public class CaseManagement {

	private final SupportCases cases;

	private final CaseOpening opening;

	private final EntitlementCheck entitlements;

	private final AccountManagement accounts;

	private final TeamManagement teams;

	private final ApplicationEventPublisher events;

	private final CasesSettings settings;

	private final Clock clock;

	CaseManagement(SupportCases cases, CaseOpening opening, EntitlementCheck entitlements, AccountManagement accounts,
			TeamManagement teams, ApplicationEventPublisher events, CasesSettings settings, Clock clock) {
		this.teams = teams;
		this.cases = cases;
		this.opening = opening;
		this.entitlements = entitlements;
		this.accounts = accounts;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens a case. Customers open them for their own organisation (channel PORTAL or API) while it has
	 * a subscription in force; staff open them for any organisation (e.g. a phone call).
	 */
	public CaseView open(CurrentUser actor, OpenCase request) {
		Instant now = clock.instant();
		OpenCase checked = actor.isStaff() ? request
				: new OpenCase(actor.organisationId(), actor.id(), request.subject(), request.description(),
						request.product(), request.language(), request.channel() == Channel.API ? Channel.API : Channel.PORTAL,
						request.severity());
		if (actor.isStaff()) {
			if (checked.organisation() == null) {
				throw new InvalidInput("organisationId", "refusal.cases.open.organisationRequired");
			}
			accounts.organisation(actor, checked.organisation()); // a customer's own organisation exists
			opening.requireRequester(checked.organisation(), checked.requester());
		}
		if (!actor.isStaff() && !entitlements.of(checked.organisation(), now).isSubscribed()) {
			throw new Conflict("organisationId", "refusal.cases.noSubscription");
		}
		SupportCase opened = opening.open(checked, now);
		return view(actor, opened.state());
	}

	@Transactional(readOnly = true)
	public CaseView caseView(CurrentUser actor, CaseId id) {
		if (actor.isStaff()) {
			// staff see every case whole: one this transaction created is answered as written
			Optional<CaseView> written = cases.written(id.value());
			if (written.isPresent()) {
				return written.get();
			}
		}
		return view(actor, readable(actor, id));
	}

	/** Cases matching the filter that the actor may see, newest first. */
	@Transactional(readOnly = true)
	public List<CaseView> search(CurrentUser actor, CaseFilter filter) {
		CaseFilter scoped = filter;
		if (actor.isCustomer()) {
			requireCaseManagement(entitlements.of(actor.organisationId(), clock.instant()));
			scoped = filter.forOrganisation(actor.organisationId().value());
			if (!actor.has(Role.CUSTOMER_ADMIN)) {
				scoped = scoped.forRequester(actor.id().value());
			}
		}
		return cases.search(scoped).stream().map(state -> CaseView.of(state, List.of(), List.of())).toList();
	}

	/** A reply: from a customer, always public; from support, public or an internal note. */
	public CaseView reply(CurrentUser actor, CaseId id, String body, boolean isPublic) {
		if (actor.isCustomer() && !isPublic) {
			throw new InvalidInput("public", "refusal.cases.reply.alwaysPublic");
		}
		return change(actor, id, (supportCase, now) -> {
			if (actor.isStaff()) {
				supportCase.supportReply(body, isPublic, Actor.of(actor), now);
			}
			else {
				supportCase.customerReply(body, Actor.of(actor), now, settings.reopenWindow());
			}
		});
	}

	/** Support confirms or changes the severity, with a reason the customer sees. */
	public CaseView classify(CurrentUser actor, CaseId id, int severity, String reason) {
		requireStaff(actor);
		return change(actor, id, (supportCase, now) -> supportCase.classify(severity, reason, Actor.of(actor), now));
	}

	/**
	 * Moves the status: PENDING_CUSTOMER (support, after a public reply), RESOLVED (support or customer),
	 * OPEN (reopen a resolved case), CLOSED (support, a resolved case).
	 */
	public CaseView changeStatus(CurrentUser actor, CaseId id, CaseStatus status) {
		return change(actor, id, (supportCase, now) -> {
			Actor by = Actor.of(actor);
			switch (status) {
				case PENDING_CUSTOMER -> supportCase.waitOnCustomer(by, now);
				case RESOLVED -> supportCase.resolve(by, now);
				case OPEN -> supportCase.reopen(by, now, settings.reopenWindow());
				case CLOSED -> supportCase.close(by, now);
				case NEW -> throw new InvalidInput("status", "refusal.cases.status.notNewAgain");
			}
		});
	}

	/** Assigns the case to a staff member and/or a team (null clears). */
	public CaseView assign(CurrentUser actor, CaseId id, UserId assignee, TeamId team) {
		requireStaff(actor);
		if (assignee != null && accounts.findUser(assignee).filter(u -> u.role().isStaff()).isEmpty()) {
			throw new InvalidInput("assigneeId", "refusal.cases.assign.notStaff");
		}
		if (team != null && !teams.exists(team)) {
			throw new InvalidInput("teamId", "refusal.cases.assign.noTeam");
		}
		return change(actor, id, (supportCase, now) -> supportCase.assign(assignee, team, Actor.of(actor), now));
	}

	/**
	 * Shares a case with another user of its organisation, who then follows it like its requester
	 * (the requester, the organisation's customer admins and staff may share, see {@link #mayShare}; a
	 * user the case is shared with follows it but does not share it further). A user of another
	 * organisation is refused like an unknown one, naming {@code userId}.
	 */
	public void share(CurrentUser actor, CaseId id, UserId with) {
		CaseState state = sharable(actor, id);
		accounts.findUser(with).filter(u -> u.organisationId() != null
				&& u.organisationId().value().equals(state.organisationId))
			.orElseThrow(() -> new InvalidInput("userId", "refusal.cases.user.notOfOrganisation"));
		cases.share(state.id, with.value(), Actor.of(actor).user() == null ? null : actor.id().value(), clock.instant());
	}

	/** Stops sharing a case with a user (whoever may share it). */
	public void unshare(CurrentUser actor, CaseId id, UserId with) {
		cases.unshare(sharable(actor, id).id, with.value());
	}

	/**
	 * Whether the actor may share the case and stop sharing it: staff, the organisation's customer
	 * admins and the case's requester.
	 */
	@Transactional(readOnly = true)
	public boolean mayShare(CurrentUser actor, CaseId id) {
		return isSharer(actor, contributable(actor, id));
	}

	/** The users a case is shared with. */
	@Transactional(readOnly = true)
	public List<UserId> sharedWith(CurrentUser actor, CaseId id) {
		return cases.sharedWith(readable(actor, id).id).stream().map(UserId::new).toList();
	}

	/**
	 * Refuses unless the actor may add to the case: staff, the organisation's customer admins, or its
	 * requester — even where the plan does not let them read cases in the portal (a Standard customer
	 * attaches files to the case they submit).
	 */
	@Transactional(readOnly = true)
	public void requireContributor(CurrentUser actor, CaseId id) {
		contributable(actor, id);
	}

	/**
	 * The mail channel: a case a customer opened by writing to support (channel EMAIL), as that
	 * customer, while their organisation has a subscription in force. Mail needs no portal case
	 * management: it is how a Standard customer reaches support. It opens at {@code arrivedAt}, the
	 * mail's arrival (its SLA starts then, not when the mailbox was read), if that is not in the future
	 * and the subscription was in force then; else now. Null: now.
	 */
	public CaseView openByMail(UserId requester, String subject, String body, String language, int severity,
			Instant arrivedAt) {
		CurrentUser customer = customer(requester);
		Instant now = clock.instant();
		if (!entitlements.of(customer.organisationId(), now).isSubscribed()) {
			throw new Conflict("organisationId", "refusal.cases.noSubscription");
		}
		// the SLA starts at the mail's arrival — unless the subscription began only after it
		Instant opensAt = arrivedAt != null && !arrivedAt.isAfter(now)
				&& entitlements.of(customer.organisationId(), arrivedAt).isSubscribed() ? arrivedAt : now;
		SupportCase opened = opening.open(new OpenCase(customer.organisationId(), requester, subject, body, null, language,
				Channel.EMAIL, severity), opensAt);
		return view(customer, opened.state());
	}

	/**
	 * The chat channel: support converts a live chat into a case (channel CHAT). The case is opened at
	 * the chat's start, as opened by the customer who started it, and the transcript becomes its first
	 * messages at their own instants: the customer's lines as customer replies, support's as public
	 * replies — so the agent's first chat message is the case's first public reply for the SLA. Staff only;
	 * the customer must be a user of the organisation, and its subscription must have been in force when
	 * the chat started. All or nothing: a refused line refuses the case.
	 */
	public CaseView openFromChat(CurrentUser actor, ChatHandover handover) {
		requireStaff(actor);
		opening.requireRequester(handover.organisation(), handover.customer());
		Instant now = clock.instant();
		if (handover.startedAt().isAfter(now) || !entitlements.of(handover.organisation(), handover.startedAt()).isSubscribed()) {
			throw new Conflict("organisationId", "refusal.cases.noSubscription");
		}
		SupportCase opened = opening.build(new OpenCase(handover.organisation(), handover.customer(), handover.subject(),
				handover.subject(), handover.product(), handover.language(), Channel.CHAT, handover.severity()),
				handover.startedAt(), false);
		try {
			for (ChatHandover.Line line : handover.transcript()) {
				if (line.staff()) {
					opened.supportReply(line.body(), true, Actor.staffMember(line.author()), line.at());
				}
				else {
					opened.customerReply(line.body(), Actor.customer(line.author()), line.at(), settings.reopenWindow());
				}
			}
		}
		catch (CaseRuleViolation violation) {
			throw new Conflict("transcript", violation.refusal());
		}
		cases.save(opened);
		opened.events().forEach(events::publishEvent);
		return view(actor, opened.state());
	}

	/**
	 * The mail channel: a customer's reply by mail on a case they may add to (its requester, a colleague
	 * it is shared with, a customer admin of its organisation), with the portal's rules (a reply inside
	 * the reopen window reopens a resolved case) but without portal case management. Unknown to the
	 * customer (another organisation's, or not theirs to add to): {@link NotFound}.
	 */
	public CaseView replyByMail(UserId author, CaseId id, String body) {
		CurrentUser customer = customer(author);
		contributable(customer, id);
		SupportCase supportCase = cases.findForUpdate(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.case"));
		try {
			supportCase.customerReply(body, Actor.of(customer), clock.instant(), settings.reopenWindow());
		}
		catch (CaseRuleViolation violation) {
			throw new Conflict("status", violation.refusal());
		}
		cases.save(supportCase);
		supportCase.events().forEach(events::publishEvent);
		return view(customer, supportCase.state());
	}

	/** Whether this customer may open a case by mail now (enabled, and their organisation subscribed). */
	@Transactional(readOnly = true)
	public boolean mayOpenByMail(UserId requester) {
		return accounts.findUser(requester).filter(u -> u.role().isCustomer() && u.enabled())
			.map(u -> entitlements.of(u.organisationId(), clock.instant()).isSubscribed()).orElse(false);
	}

	/**
	 * Whether this customer may add to the case by mail (its requester, a colleague it is shared with, a
	 * customer admin) now: not once it is closed, nor once it is resolved for longer than the reopen
	 * window (such a mail opens a new case).
	 */
	@Transactional(readOnly = true)
	public boolean mayAddByMail(UserId author, CaseId id) {
		Instant now = clock.instant();
		return accounts.findUser(author).filter(u -> u.role().isCustomer() && u.enabled())
			.flatMap(u -> cases.find(id.value()).filter(s -> u.organisationId().value().equals(s.organisationId))
				.filter(s -> s.status != CaseStatus.CLOSED && (s.status != CaseStatus.RESOLVED || s.resolvedAt == null
						|| !s.resolvedAt.plus(settings.reopenWindow()).isBefore(now)))
				.filter(s -> u.role() == Role.CUSTOMER_ADMIN || u.id().value().equals(s.requesterId)
						|| cases.isSharedWith(s.id, u.id().value())))
			.isPresent();
	}

	/** The case with this reference, if there is one (the mail channel threads by the subject's reference). */
	@Transactional(readOnly = true)
	public Optional<CaseId> findByReference(String reference) {
		return cases.idOf(new CaseReference(reference)).map(CaseId::new);
	}

	private CurrentUser customer(UserId id) {
		UserSummary user = accounts.findUser(id).filter(u -> u.role().isCustomer() && u.enabled())
			.orElseThrow(() -> new NotFound("refusal.notFound.user"));
		return new CurrentUser(user.id(), user.organisationId(), user.email(), user.name(), user.role(), user.language(),
				user.timeZone());
	}

	/** Which organisation owns a case (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return cases.organisationOf(id).map(OrganisationId::new);
	}

	private CaseView change(CurrentUser actor, CaseId id, BiConsumer<SupportCase, Instant> change) {
		readable(actor, id);
		SupportCase supportCase = cases.findForUpdate(id.value()).orElseThrow(() -> new NotFound("refusal.notFound.case"));
		try {
			change.accept(supportCase, clock.instant());
		}
		catch (CaseRuleViolation violation) {
			throw new Conflict("status", violation.refusal());
		}
		cases.save(supportCase);
		supportCase.events().forEach(events::publishEvent);
		return view(actor, supportCase.state());
	}

	private CaseState contributable(CurrentUser actor, CaseId id) {
		return cases.find(id.value()).filter(s -> actor.maySee(new OrganisationId(s.organisationId)))
			.filter(s -> actor.isStaff() || actor.has(Role.CUSTOMER_ADMIN) || actor.id().value().equals(s.requesterId)
					|| cases.isSharedWith(s.id, actor.id().value()))
			.orElseThrow(() -> new NotFound("refusal.notFound.case"));
	}

	private CaseState sharable(CurrentUser actor, CaseId id) {
		CaseState state = contributable(actor, id);
		if (!isSharer(actor, state)) {
			throw new AccessDeniedException("Only the requester and the organisation's customer admins share a case");
		}
		return state;
	}

	private static boolean isSharer(CurrentUser actor, CaseState state) {
		return actor.isStaff() || actor.has(Role.CUSTOMER_ADMIN) || actor.id().value().equals(state.requesterId);
	}

	private CaseState readable(CurrentUser actor, CaseId id) {
		CaseState state = contributable(actor, id);
		if (actor.isCustomer()) {
			Entitlements now = entitlements.of(actor.organisationId(), clock.instant());
			boolean expiredButEntitledThen = !now.isSubscribed()
					&& entitlements.of(actor.organisationId(), state.openedAt).has(Entitlement.PORTAL_CASE_MANAGEMENT);
			if (!expiredButEntitledThen) {
				requireCaseManagement(now);
			}
		}
		return state;
	}

	private CaseView view(CurrentUser actor, CaseState state) {
		Optional<CaseView> written = cases.written(state.id).filter(view -> view.updatedAt().equals(state.updatedAt)
				&& view.status() == state.status);
		List<CaseView.Message> messages = written.map(CaseView::messages).orElseGet(() -> cases.messages(state.id)).stream()
			.filter(m -> actor.isStaff() || m.kind() != MessageKind.INTERNAL_NOTE).toList();
		List<CaseView.HistoryEntry> history = written.map(CaseView::history).orElseGet(() -> cases.history(state.id)).stream()
			.filter(h -> actor.isStaff() || !h.type().equals("INTERNAL_NOTE")).toList();
		return CaseView.of(state, messages, history);
	}

	private static void requireCaseManagement(Entitlements entitlements) {
		entitlements.require(Entitlement.PORTAL_CASE_MANAGEMENT);
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Support staff only");
		}
	}
}
