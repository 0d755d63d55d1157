package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Local dates as a zone lives them: a few were skipped entirely (Pacific/Apia skipped 2011-12-30). */
final class ZoneDates {

	private ZoneDates() {
	}

	/** @return whether some local time of {@code date} exists in {@code zone} */
	static boolean exists(LocalDate date, ZoneId zone) {
		return ZonedDateTime.of(date.atStartOfDay(), zone).toLocalDate().equals(date)
				|| ZonedDateTime.of(date.atTime(LocalTime.MAX), zone).toLocalDate().equals(date);
	}
}
