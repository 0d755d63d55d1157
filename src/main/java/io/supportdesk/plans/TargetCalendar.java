package io.supportdesk.plans;

import java.util.Objects;

import io.supportdesk.calendars.CalendarId;

/**
 * The calendar a response target runs on: a stored calendar, optionally united with the
 * organisation's booked exam coverage windows (the Proctored exam 24x7 plan).
 *
 * @param calendar the stored calendar
 * @param name its name, for people
 * @param withExamWindows whether the organisation's exam windows are open time too
 */
public record TargetCalendar(CalendarId calendar, String name, boolean withExamWindows) {

	public TargetCalendar {
		Objects.requireNonNull(calendar);
		Objects.requireNonNull(name);
	}

	/** How people read it: "Standard business hours", or "Standard business hours ∪ exam windows". */
	public String label() {
		return withExamWindows ? name + " ∪ exam windows" : name;
	}
}
