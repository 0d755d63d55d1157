package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;

import io.supportdesk.calendars.BusinessCalendar;

/**
 * A response target as the evaluator needs it: an amount of business time or business days on a
 * calendar, with the names that explain it.
 *
 * @param plan the plan (and version) that sets it, for explanations
 * @param calendarName the calendar's name, for explanations
 */
public record TargetRule(String plan, long amount, Unit unit, BusinessCalendar calendar, String calendarName) {

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

	String describe() {
		return amount + " " + unit.name().toLowerCase().replace('_', ' ') + " on " + calendarName + " (" + plan + ")";
	}
}
