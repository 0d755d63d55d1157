package io.supportdesk.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A start instant on the local clock of a calendar, for business-day targets: the same local clock
 * time on another date, resolved with java.time's defaults (a time in a gap moves forward by the
 * gap, an ambiguous time takes the earlier offset).
 *
 * @param local the start's local date-time
 * @param zone  the zone of that local clock
 */
record LocalStart(LocalDateTime local, ZoneId zone) {

	static LocalStart of(Instant start, ZoneId zone) {
		return new LocalStart(LocalDateTime.ofInstant(start, zone), zone);
	}

	LocalDate date() {
		return local.toLocalDate();
	}

	Instant sameTimeOn(LocalDate date) {
		return ZonedDateTime.of(date.atTime(local.toLocalTime()), zone).toInstant();
	}
}
