package io.supportdesk.plans.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.supportdesk.plans.Plan;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.SubscriptionView;

/**
 * A subscription as the plan pages show it: its terms, whether it is in force, upcoming or expired at
 * the page's instant, the plan it has then, and its plan periods (the history of upgrades).
 */
record TermView(String id, String product, Instant start, Instant end, State state, String planNow,
		List<Period> periods) {

	enum State {
		UPCOMING, IN_FORCE, EXPIRED
	}

	/** A plan from an instant on. */
	record Period(PlanCode code, String plan, Instant from) {
	}

	static TermView of(SubscriptionView subscription, Instant now, Function<PlanCode, String> names) {
		State state = subscription.isInForceAt(now) ? State.IN_FORCE
				: now.isBefore(subscription.start()) ? State.UPCOMING : State.EXPIRED;
		String planNow = subscription.planAt(now).map(names).orElse(null);
		List<Period> periods = subscription.plans().stream()
			.map(p -> new Period(p.plan(), names.apply(p.plan()), p.from())).toList();
		return new TermView(subscription.id().toString(), subscription.product(), subscription.start(),
				subscription.end(), state, planNow, periods);
	}

	/** Plan names by code from the catalogue; a code the catalogue no longer has is shown as it is. */
	static Function<PlanCode, String> names(List<Plan> catalogue) {
		Map<PlanCode, String> names = catalogue.stream()
			.collect(Collectors.toMap(Plan::code, Plan::name, (a, b) -> a));
		return code -> names.getOrDefault(code, code.value());
	}

	/** The last plan of the term (the one an upgrade replaces). */
	public PlanCode lastPlan() {
		return periods.get(periods.size() - 1).code();
	}
}
