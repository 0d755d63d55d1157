package io.supportdesk.calendars;

import java.time.Instant;
import java.util.Objects;

/**
 * An extra coverage window: the calendar is open during {@code [from, to)} in addition to its
 * regular hours (e.g. a booked exam session). Whether {@code from} lies before {@code to} is checked
 * by {@link CalendarDefinition}, which knows the field path to report.
 *
 * @param from first covered instant
 * @param to   first instant after the window
 */
public record CoverageWindow(Instant from, Instant to) {

	/** Requires both instants. */
	public CoverageWindow {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	/**
	 * @param instant the instant asked about
	 * @return whether {@code instant} lies inside the window
	 */
	public boolean contains(Instant instant) {
		return !instant.isBefore(from) && instant.isBefore(to);
	}

	/** @return e.g. {@code 2026-12-05T07:00:00Z–2026-12-05T19:00:00Z} */
	@Override
	public String toString() {
		return from + "–" + to;
	}
}
