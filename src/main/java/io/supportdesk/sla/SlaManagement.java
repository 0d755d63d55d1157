package io.supportdesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.SubscriptionView;

/**
 * A case's SLA, evaluated from scratch from its history, its organisation's plan changes and the
 * calendars (the stored SLA, its timers and the queue's facts are kept from the same evaluation by
 * {@code SlaProjection}). Staff read the timeline with what other modules add to it ({@link SlaTimelineSource}).
 */
@Service
@Transactional(readOnly = true)
public class SlaManagement {

	private final CaseManagement cases;

	private final SubscriptionManagement subscriptions;

	private final EntitlementCheck entitlements;

	private final CalendarManagement calendars;

	private final ExamCoverage exams;

	private final Clock clock;

	private final ObjectProvider<SlaTimelineSource> timelineSources;

	SlaManagement(CaseManagement cases, SubscriptionManagement subscriptions, EntitlementCheck entitlements,
			CalendarManagement calendars, ExamCoverage exams, Clock clock, ObjectProvider<SlaTimelineSource> timelineSources) {
		this.timelineSources = timelineSources;
		this.exams = exams;
		this.cases = cases;
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
		this.calendars = calendars;
		this.clock = clock;
	}

	/**
	 * The SLA of a case the actor may read, as of now. For staff its timeline also holds what other
	 * modules add ({@link SlaTimelineSource}: pages, escalations, acknowledgements), in order of instant;
	 * an SLA entry comes before another module's entry of the same instant.
	 */
	public SlaState sla(CurrentUser actor, CaseId id) {
		SlaState state = evaluate(cases.caseView(actor, id), clock.instant());
		if (!actor.isStaff()) {
			return state;
		}
		List<SlaState.TimelineEntry> timeline = new ArrayList<>(state.timeline());
		timelineSources.orderedStream().forEach(source -> timeline.addAll(source.entries(id)));
		if (timeline.size() == state.timeline().size()) {
			return state;
		}
		timeline.sort(Comparator.comparing(SlaState.TimelineEntry::at)); // stable: the SLA's own entries stay first
		return new SlaState(state.severity(), state.targets(), timeline);
	}

	/** The countdown of the case's next running (or paused) target, for the case page. */
	public Badge badge(CurrentUser actor, CaseId id) {
		return Badge.of(sla(actor, id), clock.instant());
	}

	/** For the case's customer (or staff): what support committed to on this case, and where it stands. */
	public CaseCommitment commitment(CurrentUser actor, CaseId id) {
		return commitment(cases.caseView(actor, id));
	}

	/**
	 * The same for a case its caller has already read for {@code actor} (a listener that reads the case
	 * anyway need not have it read twice).
	 */
	public CaseCommitment commitment(CaseView view) {
		SlaState state = evaluate(view, clock.instant());
		SlaTarget first = state.targets().stream().filter(t -> t.metric() == SlaTarget.Metric.FIRST_RESPONSE).findFirst()
			.orElse(null);
		SlaTarget update = state.targets().stream().filter(t -> t.metric() == SlaTarget.Metric.UPDATE)
			.reduce((a, b) -> b).orElse(null);
		Instant waitingSince = view.status() != io.supportdesk.cases.CaseStatus.PENDING_CUSTOMER ? null
				: view.history().stream().filter(h -> h.type().equals("WAITING_ON_CUSTOMER")).map(CaseView.HistoryEntry::at)
					.reduce((a, b) -> b).orElse(null);
		return new CaseCommitment(state.severity(), CaseCommitment.Commitment.of(first),
				CaseCommitment.Commitment.of(update), waitingSince);
	}

	/** For a customer: per severity, what support commits to if a case were opened now. */
	public java.util.List<Commitment> commitments(CurrentUser customer) {
		Instant now = clock.instant();
		PlanTargetBook book = new PlanTargetBook(customer.organisationId(), entitlements, calendars, exams);
		java.util.List<Commitment> commitments = new ArrayList<>();
		for (int severity = 1; severity <= 4; severity++) {
			int s = severity;
			book.firstResponse(now, severity).ifPresent(rule -> {
				var calendar = rule.calendar();
				boolean open = calendar.isOpen(now);
				commitments.add(new Commitment(s, rule.amount(), rule.unit(), rule.calendarName(), rule.dueFrom(now), open,
						open ? calendar.nextClosing(now).orElse(null) : null,
						open ? null : calendar.nextOpening(now).orElse(null), calendar.zoneAt(now)));
			});
		}
		return commitments;
	}

	/** Whether the case's organisation was entitled to priority queueing when the case was opened. */
	boolean priorityQueueing(CaseView view) {
		return entitlements.of(view.organisationId(), view.openedAt()).has(Entitlement.PRIORITY_QUEUEING);
	}

	/** The whole case (no access rules: for the stored state). */
	CaseView caseView(CaseId id) {
		return cases.caseView(CurrentUser.system(), id);
	}

	/** A case's SLA evaluated from scratch as of {@code at}. */
	SlaState evaluate(CaseView view, Instant at) {
		SlaEvaluator evaluator = new SlaEvaluator(
				new PlanTargetBook(view.organisationId(), entitlements, calendars, exams));
		return evaluator.evaluate(facts(view), at);
	}

	/** The case's history as SLA facts, with the plan changes of its organisation after its opening. */
	List<SlaFact> facts(CaseView view) {
		List<SlaFact> facts = new ArrayList<>();
		for (CaseView.HistoryEntry entry : view.history()) {
			switch (entry.type()) {
				case "OPENED", "CLASSIFIED" -> facts.add(new SlaFact(entry.at(), SlaFact.Kind.valueOf(entry.type()),
						entry.facts().toSeverity()));
				case "SUPPORT_REPLIED", "WAITING_ON_CUSTOMER", "CUSTOMER_REPLIED", "RESOLVED", "REOPENED", "CLOSED" ->
					facts.add(SlaFact.of(entry.at(), SlaFact.Kind.valueOf(entry.type())));
				default -> {
					// notes and assignments do not move any clock
				}
			}
		}
		Instant opened = view.openedAt();
		for (SubscriptionView subscription : subscriptions.subscriptions(view.organisationId())) {
			subscription.plans().stream().skip(1).map(SubscriptionView.Period::from).filter(from -> from.isAfter(opened))
				.forEach(from -> facts.add(SlaFact.of(from, SlaFact.Kind.PLAN_CHANGED)));
			if (subscription.start().isAfter(opened)) {
				facts.add(SlaFact.of(subscription.start(), SlaFact.Kind.PLAN_CHANGED));
			}
		}
		facts.sort(Comparator.comparing(SlaFact::at));
		return facts;
	}
}
