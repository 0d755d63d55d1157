package io.supportdesk.exams;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.plans.Plan;
import io.supportdesk.shared.InvalidInput;

/**
 * Turns a booking request into its windows and checks them: the mode's own rules (a monthly pattern
 * stays in its month and is booked before it starts; an annual one covers twelve months), and for
 * customers the plan's rules (lead time, length) and the staff's capacity.
 */
@Component
class BookingPlanner {

	/** Where the windows of a booking come from, and what they are. */
	record Planned(OrganisationId organisation, ExamBookingMode mode, ZoneId zone, String rule, List<Span> windows) {
	}

	private final EntitlementCheck entitlements;

	private final CalendarManagement calendars;

	private final BookingRuleBook rules;

	private final StaffLoad load;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	BookingPlanner(EntitlementCheck entitlements, CalendarManagement calendars, BookingRuleBook rules, StaffLoad load,
			JdbcClient jdbc, java.time.Clock clock) {
		this.entitlements = entitlements;
		this.calendars = calendars;
		this.rules = rules;
		this.load = load;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Planned plan(CurrentUser actor, OrganisationSummary organisation, ExamBookingRequest request) {
		if (request.mode() == null) {
			throw new InvalidInput("mode", "refusal.exams.booking.required");
		}
		ZoneId zone = zone(request.zone(), organisation);
		Instant now = clock.instant();
		if (request.mode() == ExamBookingMode.ON_DEMAND) {
			Instant from = required(request.from(), "from");
			Instant to = required(request.to(), "to");
			if (!from.isBefore(to)) {
				throw new InvalidInput("to", "refusal.exams.window.endBeforeStart");
			}
			return checked(actor, new Planned(organisation.id(), request.mode(), zone, null, List.of(new Span(from, to))), now,
					"from", "to");
		}
		String rrule = required(request.rrule(), "rrule");
		LocalDateTime start = required(request.start(), "start");
		int minutes = required(request.durationMinutes(), "durationMinutes");
		if (minutes < 1 || minutes > 24 * 60) {
			throw new InvalidInput("durationMinutes", "refusal.exams.booking.duration", 1, 24 * 60);
		}
		LocalDateTime end = request.mode() == ExamBookingMode.MONTHLY ? YearMonth.from(start).plusMonths(1).atDay(1).atStartOfDay()
				: start.plusMonths(12);
		if (request.until() != null && request.until().isBefore(end)) {
			end = request.until();
		}
		if (request.mode() == ExamBookingMode.MONTHLY && actor.isCustomer()) {
			Instant monthStarts = YearMonth.from(start).atDay(1).atStartOfDay(zone).toInstant();
			if (!monthStarts.isAfter(now)) {
				throw new InvalidInput("start", "refusal.exams.booking.monthStarted", YearMonth.from(start).toString());
			}
		}
		List<Span> windows = Span.merged(Recurrence.expand(rrule, zone, start, Duration.ofMinutes(minutes), end,
				request.exdates()));
		if (windows.isEmpty()) {
			throw new InvalidInput("rrule", "refusal.exams.booking.noWindows");
		}
		return checked(actor, new Planned(organisation.id(), request.mode(), zone, rrule.trim(), windows), now, "start",
				"durationMinutes");
	}

	Planned planImport(CurrentUser actor, OrganisationSummary organisation, String zoneName, String ics) {
		ZoneId zone = zone(zoneName, organisation);
		Instant first = IcsFiles.firstStart(ics, zone).orElseThrow(() -> new InvalidInput("body", "refusal.exams.booking.noWindows"));
		Instant end = first.atZone(zone).plusMonths(12).toInstant();
		List<Span> windows = Span.merged(IcsFiles.windows(ics, zone, first, end));
		if (windows.isEmpty()) {
			throw new InvalidInput("body", "refusal.exams.booking.noWindows");
		}
		return checked(actor, new Planned(organisation.id(), ExamBookingMode.ANNUAL, zone, "ics", windows), clock.instant(),
				"body", "body");
	}

	/** The plan in force whose targets run inside exam windows. */
	Optional<Plan> examPlan(OrganisationId organisation, Instant at) {
		Entitlements entitled = entitlements.of(organisation, at);
		return entitled.plans().stream()
			.filter(plan -> plan.targets().stream().anyMatch(target -> target.calendar().withExamWindows())).findFirst();
	}

	ExamBookingRules rulesOf(OrganisationId organisation, Instant at) {
		return examPlan(organisation, at).map(plan -> rules.of(plan.code())).orElseGet(() -> rules.defaults());
	}

	private Planned checked(CurrentUser actor, Planned planned, Instant now, String startField, String lengthField) {
		// one booking at a time, so that two cannot both take the last place of an hour
		jdbc.sql("select pg_advisory_xact_lock(8214001)").query().singleValue();
		if (!actor.isCustomer()) {
			return planned;
		}
		Span first = planned.windows().get(0);
		if (!first.from().isAfter(now)) {
			throw new InvalidInput(startField, "refusal.exams.window.past");
		}
		Entitlements entitled = entitlements.of(planned.organisation(), now);
		entitled.requireExamSessions();
		ExamBookingRules rules = rulesOf(planned.organisation(), now);
		for (Span window : planned.windows()) {
			if (window.length().compareTo(rules.maxWindowLength()) > 0) {
				throw new InvalidInput(lengthField, "refusal.exams.window.tooLong", ExamCoverage.hours(rules.maxWindowLength()));
			}
		}
		BusinessCalendar hours = calendars.businessCalendar(entitled.examSessionCalendar().orElseThrow());
		Instant earliest = hours.addBusinessDays(now, rules.leadBusinessDays());
		if (first.from().isBefore(earliest)) {
			throw new InvalidInput(startField, "refusal.exams.window.leadTime", rules.leadBusinessDays(), earliest);
		}
		load.requireRoom(planned.organisation(), planned.windows(), planned.zone());
		return planned;
	}

	private static ZoneId zone(String name, OrganisationSummary organisation) {
		if (name == null || name.isBlank()) {
			return organisation.timeZone();
		}
		try {
			return ZoneId.of(name.trim());
		}
		catch (DateTimeException ex) {
			throw new InvalidInput("zone", "refusal.exams.booking.zone");
		}
	}

	private static <T> T required(T value, String field) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw new InvalidInput(field, "refusal.exams.booking.required");
		}
		return value;
	}
}
