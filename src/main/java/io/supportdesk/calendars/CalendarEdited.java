package io.supportdesk.calendars;

import java.time.Instant;

/** A calendar got a new version, in force from {@code effectiveFrom}; SLA clocks of open cases follow from then on. */
public record CalendarEdited(CalendarId calendarId, Instant effectiveFrom) {
}
