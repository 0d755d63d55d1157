package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The raw definition of when a calendar is open, before any caching: the source a
 * {@link Timeline} materialises and a {@link BusinessDateIndex} indexes. Implementations are
 * immutable and thread-safe.
 */
interface OpenTime {

	/**
	 * @param from first instant of the range (epoch nanos)
	 * @param to   first instant after the range (epoch nanos)
	 * @return the open intervals inside {@code [from, to)}, clipped to it and merged
	 */
	Intervals openIntervals(long from, long to);

	/** @return whether {@code date} counts as a business date (for business-day targets) */
	boolean isBusinessDate(LocalDate date);

	/** @return the zone whose local clock applies at {@code instant} (epoch nanos) */
	ZoneId zoneAt(long instant);
}
