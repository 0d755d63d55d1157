package io.supportdesk.calendars;

/**
 * The years {@code [first, end)} a cached window holds, and how it grows: at least doubling towards
 * the requested year, so a long scan materialises O(log years) times, within
 * [{@link EpochNanos#FIRST_YEAR}, {@link EpochNanos#HORIZON_YEAR}).
 *
 * @param first first year held
 * @param end   first year not held
 */
record YearSpan(int first, int end) {

	static YearSpan of(int year) {
		return new YearSpan(year, year + 1);
	}

	boolean reachesHorizon() {
		return end >= EpochNanos.HORIZON_YEAR;
	}

	/** @return this span grown to include {@code year} */
	YearSpan including(int year) {
		int length = end - first;
		int newFirst = year < first ? Math.max(EpochNanos.FIRST_YEAR, Math.min(year, first - length)) : first;
		int newEnd = year >= end ? Math.min(EpochNanos.HORIZON_YEAR, Math.max(year + 1, end + length)) : end;
		return new YearSpan(newFirst, newEnd);
	}

	/** @return this span grown forward by its own length, up to the horizon */
	YearSpan forward() {
		return new YearSpan(first, Math.min(EpochNanos.HORIZON_YEAR, end + (end - first)));
	}

	long startNanos() {
		return EpochNanos.yearStart(first);
	}

	long endNanos() {
		return EpochNanos.yearStart(end);
	}
}
