package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.ZoneId;

/** Open all the time; every local date the zone lives through is a business date. */
record AlwaysOpenTime(ZoneId zone) implements OpenTime {

	@Override
	public Intervals openIntervals(long from, long to) {
		return Intervals.single(from, to);
	}

	@Override
	public boolean isBusinessDate(LocalDate date) {
		return ZoneDates.exists(date, zone);
	}

	@Override
	public ZoneId zoneAt(long instant) {
		return zone;
	}
}
