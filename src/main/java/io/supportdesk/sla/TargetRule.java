package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;

import io.supportdesk.calendars.BusinessCalendar;

/**
 * A response target as the evaluator needs it: an amount of business time or business days on a
 * calendar, with the names that explain it.
 *
 * @param plan the name of the plan that sets it, for explanations
 * @param calendarName the calendar's name, for explanations
 * @param planVersion from when the version of the plan that sets it is in force; null for the
 *        catalogue's seed (in force from the beginning)
 * @param planCode the code of the plan that sets it (e.g. {@code PREMIER}), what reports group by; null
 *        where a rule was made without one (tests)
 */
public record TargetRule(String plan, long amount, Unit unit, BusinessCalendar calendar, String calendarName,
		Instant planVersion, String planCode) {

	/** A rule of a plan's seed version. */
	public TargetRule(String plan, long amount, Unit unit, BusinessCalendar calendar, String calendarName) {
		this(plan, amount, unit, calendar, calendarName, null, null);
	}

	/** A rule of a plan's version in force from {@code planVersion}, without its code. */
	public TargetRule(String plan, long amount, Unit unit, BusinessCalendar calendar, String calendarName,
			Instant planVersion) {
		this(plan, amount, unit, calendar, calendarName, planVersion, null);
	}

	/** Business time from {@code from} to {@code to} on the rule's calendar. */
	Duration businessTime(Instant from, Instant to) {
		return calendar.elapsed(from, to);
	}

	/** How the amount counts. */
	public enum Unit {
		MINUTES, HOURS, BUSINESS_DAYS
	}

	/** The due instant of this target started at {@code start}. */
	Instant dueFrom(Instant start) {
		return switch (unit) {
			case MINUTES -> calendar.add(start, Duration.ofMinutes(amount));
			case HOURS -> calendar.add(start, Duration.ofHours(amount));
			case BUSINESS_DAYS -> calendar.addBusinessDays(start, Math.toIntExact(amount));
		};
	}

}
