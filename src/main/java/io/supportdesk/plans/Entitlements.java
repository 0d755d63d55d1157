package io.supportdesk.plans;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.shared.NotEntitled;
import io.supportdesk.shared.Refusal;

/**
 * What an organisation is entitled to at an instant: the plans of its subscriptions in force then,
 * the best of them entitlement by entitlement, and the shortest target per severity and metric.
 * An organisation without a subscription in force (none bought, or expired) is entitled to nothing.
 *
 * @param plans the plans in force, one per subscription in force
 * @param catalogue every plan of the catalogue at that instant (to say which plans offer what)
 */
public record Entitlements(OrganisationId organisation, Instant at, List<Plan> plans, List<Plan> catalogue) {

	public Entitlements {
		plans = List.copyOf(plans);
		catalogue = List.copyOf(catalogue);
	}

	public boolean has(Entitlement entitlement) {
		return plans.stream().anyMatch(plan -> plan.includes(entitlement));
	}

	/** Everything granted by any plan in force. */
	public Set<Entitlement> granted() {
		Set<Entitlement> granted = EnumSet.noneOf(Entitlement.class);
		plans.forEach(plan -> granted.addAll(plan.entitlements()));
		return granted;
	}

	/** Whether any subscription is in force. */
	public boolean isSubscribed() {
		return !plans.isEmpty();
	}

	/**
	 * Refuses unless the entitlement is granted, saying which plans include it and what the
	 * organisation has.
	 */
	public void require(Entitlement entitlement) {
		if (has(entitlement)) {
			return;
		}
		List<String> offeredBy = catalogue.stream().filter(plan -> plan.includes(entitlement)).map(Plan::name).toList();
		Object what = Refusal.term("refusal.term.entitlement." + entitlement);
		if (offeredBy.isEmpty()) {
			throw new NotEntitled(entitlement.name(), "refusal.plans.notEntitled.inNoPlan", what);
		}
		throw new NotEntitled(entitlement.name(), "refusal.plans.notEntitled", what, both(offeredBy), planNames());
	}

	/** The plans in force by name ("Standard and Premier"), or "no support plan in force". */
	private Object planNames() {
		return plans.isEmpty() ? Refusal.term("refusal.term.noPlanInForce")
				: both(plans.stream().map(Plan::name).distinct().toList());
	}

	/** Names joined the way the reader's language joins them: "A and B and C". */
	private static Object both(List<String> names) {
		return names.size() == 1 ? names.get(0)
				: Refusal.term("refusal.term.and", names.get(0), both(names.subList(1, names.size())));
	}

	/**
	 * Whether a plan in force covers exam sessions (its targets run 24x7 inside the organisation's booked
	 * exam windows), and on which calendar outside them: that calendar, else empty.
	 */
	public Optional<io.supportdesk.calendars.CalendarId> examSessionCalendar() {
		return plans.stream().flatMap(plan -> plan.targets().stream()).map(ResponseTarget::calendar)
			.filter(TargetCalendar::withExamWindows).map(TargetCalendar::calendar).findFirst();
	}

	/** Refuses unless a plan in force covers exam sessions, saying which plans do and what the organisation has. */
	public void requireExamSessions() {
		if (examSessionCalendar().isPresent()) {
			return;
		}
		List<String> offeredBy = catalogue.stream()
			.filter(plan -> plan.targets().stream().anyMatch(target -> target.calendar().withExamWindows()))
			.map(Plan::name).toList();
		if (offeredBy.isEmpty()) {
			throw new NotEntitled("EXAM_SESSIONS", "refusal.plans.examSessions.inNoPlan", planNames());
		}
		throw new NotEntitled("EXAM_SESSIONS", "refusal.plans.examSessions", both(offeredBy), planNames());
	}

	/** The shortest target for a severity and metric among the plans in force (ties: the first plan's). */
	public Optional<ResponseTarget> target(int severity, Metric metric) {
		return plans.stream().map(plan -> plan.target(severity, metric)).flatMap(Optional::stream)
			.min(Comparator.comparing(ResponseTarget::nominal));
	}

	/** The shortest target of every severity and metric that has one. */
	public List<ResponseTarget> targets() {
		Map<String, ResponseTarget> best = new LinkedHashMap<>();
		for (int severity = 1; severity <= 4; severity++) {
			for (Metric metric : Metric.values()) {
				int s = severity;
				target(severity, metric).ifPresent(target -> best.put(s + metric.name(), target));
			}
		}
		return List.copyOf(best.values());
	}

	/** The plan in force that sets {@code target}, for explanations. */
	public Optional<Plan> planOf(ResponseTarget target) {
		return plans.stream().filter(plan -> plan.targets().contains(target)).findFirst();
	}

}
