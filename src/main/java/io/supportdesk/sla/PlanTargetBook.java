package io.supportdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.calendars.CalendarDefinition;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.calendars.CoverageWindow;
import io.supportdesk.exams.ExamCoverage;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.ResponseTarget;

/**
 * The targets in force for one organisation, from its subscriptions and the plan catalogue at each
 * instant, on the stored (versioned) calendars — united with the organisation's booked exam windows
 * for targets that say so (Proctored exam 24x7).
 */
final class PlanTargetBook implements TargetBook {

	private final OrganisationId organisation;

	private final EntitlementCheck entitlements;

	private final CalendarManagement calendars;

	private final ExamCoverage exams;

	PlanTargetBook(OrganisationId organisation, EntitlementCheck entitlements, CalendarManagement calendars,
			ExamCoverage exams) {
		this.organisation = organisation;
		this.entitlements = entitlements;
		this.calendars = calendars;
		this.exams = exams;
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
		return granted.target(severity, metric).map(target -> {
			java.util.Optional<io.supportdesk.plans.Plan> plan = granted.planOf(target);
			Instant version = plan.map(io.supportdesk.plans.Plan::effectiveFrom).filter(from -> !from.equals(Instant.EPOCH))
				.orElse(null);
			return new TargetRule(plan.map(io.supportdesk.plans.Plan::name).orElse("?"), target.amount(),
					TargetRule.Unit.valueOf(target.unit().name()), calendar(target), target.calendar().label(), version,
					plan.map(p -> p.code().value()).orElse(null));
		});
	}

	/** The target's stored calendar, united with the organisation's exam windows where the plan says so. */
	private BusinessCalendar calendar(ResponseTarget target) {
		BusinessCalendar stored = calendars.businessCalendar(target.calendar().calendar());
		if (!target.calendar().withExamWindows()) {
			return stored;
		}
		List<CoverageWindow> windows = exams.windowsOf(organisation).stream()
			.map(window -> new CoverageWindow(window.from(), window.to())).toList();
		return windows.isEmpty() ? stored : BusinessCalendar.union(stored,
				BusinessCalendar.of(new CalendarDefinition(stored.zoneAt(Instant.EPOCH), false, null, null, null, windows)));
	}
}
