package io.supportdesk.sla;

import java.time.Instant;
import java.util.Optional;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.ResponseTarget;

/**
 * The targets in force for one organisation, from its subscriptions and the plan catalogue at each
 * instant, on the stored (versioned) calendars. Exam windows are not united in yet: they come with
 * the exams module.
 */
final class PlanTargetBook implements TargetBook {

	private final OrganisationId organisation;

	private final EntitlementCheck entitlements;

	private final CalendarManagement calendars;

	PlanTargetBook(OrganisationId organisation, EntitlementCheck entitlements, CalendarManagement calendars) {
		this.organisation = organisation;
		this.entitlements = entitlements;
		this.calendars = calendars;
	}

	@Override
	public Optional<TargetRule> firstResponse(Instant at, int severity) {
		return rule(at, severity, Metric.FIRST_RESPONSE);
	}

	@Override
	public Optional<TargetRule> update(Instant at, int severity) {
		return rule(at, severity, Metric.UPDATE);
	}

	private Optional<TargetRule> rule(Instant at, int severity, Metric metric) {
		var granted = entitlements.of(organisation, at);
		return granted.target(severity, metric).map(target -> new TargetRule(planName(granted, target), target.amount(),
				TargetRule.Unit.valueOf(target.unit().name()), calendars.businessCalendar(target.calendar().calendar()),
				target.calendar().label()));
	}

	private static String planName(io.supportdesk.plans.Entitlements granted, ResponseTarget target) {
		return granted.planOf(target).map(plan -> plan.name() + " (version of " + plan.effectiveFrom() + ")").orElse("?");
	}
}
