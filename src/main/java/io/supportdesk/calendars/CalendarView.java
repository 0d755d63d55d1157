package io.supportdesk.calendars;

import java.time.Instant;
import java.util.List;

/**
 * A stored calendar as people see it: its name, the definition in force now, and the instants from
 * which each of its versions applied (oldest first; the last may lie in the future).
 */
public record CalendarView(CalendarId id, String name, boolean seeded, CalendarDefinition current,
		Instant currentSince, List<Instant> versions) {
}
