package io.supportdesk.plans.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.ResponseTarget;
import io.supportdesk.plans.TargetUnit;

/**
 * A programme as the plan pages show it: the plans in force (or one plan of the catalogue), every
 * entitlement with yes or no, the response-target table (severity × first response and Severity 1
 * update cadence) and the longest trial licence it allows.
 */
record ProgrammeView(List<Plan> plans, List<EntitlementRow> entitlements, List<TargetRow> targets,
		int trialLicenceMaxDays) {

	/** What an organisation has at the entitlements' instant: the best of its plans in force. */
	static ProgrammeView of(Entitlements entitlements) {
		return new ProgrammeView(entitlements.plans(), rows(entitlements::has),
				targets((severity, metric) -> entitlements.target(severity, metric)),
				entitlements.plans().stream().mapToInt(Plan::trialLicenceMaxDays).max().orElse(0));
	}

	/** One plan of the catalogue. */
	static ProgrammeView of(Plan plan) {
		return new ProgrammeView(List.of(plan), rows(plan::includes), targets(plan::target), plan.trialLicenceMaxDays());
	}

	public boolean subscribed() {
		return !plans.isEmpty();
	}

	public boolean has(Entitlement entitlement) {
		return entitlements.stream().anyMatch(row -> row.entitlement() == entitlement && row.granted());
	}

	/** Whether the entitlement with this code is granted (for templates: {@code grants('LIVE_CHAT')}). */
	public boolean grants(String code) {
		return has(Entitlement.valueOf(code));
	}

	/** The plans in force, each once (two subscriptions may have the same plan). */
	public List<Plan> distinctPlans() {
		Set<PlanCode> seen = new HashSet<>();
		return plans.stream().filter(plan -> seen.add(plan.code())).toList();
	}

	/** The plans' names, each once. */
	public List<String> planNames() {
		return distinctPlans().stream().map(Plan::name).toList();
	}

	private static List<EntitlementRow> rows(Predicate<Entitlement> granted) {
		return Arrays.stream(Entitlement.values()).map(e -> new EntitlementRow(e, granted.test(e))).toList();
	}

	private static List<TargetRow> targets(BiFunction<Integer, Metric, Optional<ResponseTarget>> target) {
		return IntStream.rangeClosed(1, 4)
			.mapToObj(severity -> new TargetRow(severity,
					target.apply(severity, Metric.FIRST_RESPONSE).map(TargetCell::of).orElse(null),
					target.apply(severity, Metric.UPDATE).map(TargetCell::of).orElse(null)))
			.toList();
	}

	/** An entitlement of the catalogue and whether the programme grants it. */
	record EntitlementRow(Entitlement entitlement, boolean granted) {
	}

	/** One severity's targets; a missing one is null. */
	record TargetRow(int severity, TargetCell firstResponse, TargetCell update) {
	}

	/**
	 * One target: an amount of a unit on a calendar; the seeded calendars have a message key
	 * ({@code plan.calendar.*}), others are shown by their name.
	 */
	record TargetCell(long amount, TargetUnit unit, String calendarKey, String calendarName, boolean withExamWindows) {

		static TargetCell of(ResponseTarget target) {
			String name = target.calendar().name();
			String key = switch (name) {
				case CalendarManagement.STANDARD_BUSINESS_HOURS -> "plan.calendar.standard";
				case CalendarManagement.ALWAYS_OPEN -> "plan.calendar.alwaysOpen";
				default -> null;
			};
			return new TargetCell(target.amount(), target.unit(), key, name, target.calendar().withExamWindows());
		}
	}
}
