package io.supportdesk.calendars;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an effective-dated calendar: it governs from {@code effectiveFrom} until the next
 * version's effective instant (see {@link BusinessCalendar#versioned}).
 *
 * @param effectiveFrom the instant the version takes effect (the edit instant)
 * @param calendar      the calendar in force from then on; may itself be a union
 */
public record CalendarVersion(Instant effectiveFrom, BusinessCalendar calendar) {

	/** Requires both parts. */
	public CalendarVersion {
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(calendar, "calendar");
	}

	/**
	 * @param effectiveFrom the instant the version takes effect
	 * @param definition    the definition in force from then on
	 * @return the version
	 */
	public static CalendarVersion of(Instant effectiveFrom, CalendarDefinition definition) {
		return new CalendarVersion(effectiveFrom, BusinessCalendar.of(definition));
	}
}
