package io.supportdesk.calendars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The business dates of an {@link OpenTime} as one lazily grown, sorted array of epoch days, so
 * that "the n-th business date after d" is a binary search plus an index step. Thread-safe in the
 * same way as {@link TimelineCache}: an immutable window published through a volatile field.
 */
final class BusinessDateIndex {

	/** Business dates (epoch days, sorted) of a span of local years. */
	private record DateWindow(YearSpan years, long[] days) {

		boolean holds(YearSpan wanted) {
			return years.first() <= wanted.first() && wanted.end() <= years.end();
		}

		/** @return the index of the first business date after {@code date} */
		int firstAfter(LocalDate date) {
			return LongSearch.lastAtOrBefore(days, date.toEpochDay()) + 1;
		}
	}

	private final OpenTime source;
	private volatile DateWindow window;

	BusinessDateIndex(OpenTime source) {
		this.source = source;
	}

	/** @return the {@code count}-th business date after {@code date} ({@code count >= 1}) */
	LocalDate nthAfter(LocalDate date, int count) {
		DateWindow current = holding(date, count);
		return LocalDate.ofEpochDay(current.days()[current.firstAfter(date) + count - 1]);
	}

	/** @return the first {@code count} business dates after {@code date}, in order */
	List<LocalDate> datesAfter(LocalDate date, int count) {
		DateWindow current = holding(date, count);
		int first = current.firstAfter(date);
		List<LocalDate> dates = new ArrayList<>(count);
		for (int i = first; i < first + count; i++) {
			dates.add(LocalDate.ofEpochDay(current.days()[i]));
		}
		return dates;
	}

	/** @return a window holding {@code date} and at least {@code count} business dates after it */
	private DateWindow holding(LocalDate date, int count) {
		int year = date.getYear();
		if (year < EpochNanos.FIRST_YEAR || year >= EpochNanos.HORIZON_YEAR) {
			throw new IllegalStateException("date " + date + " lies beyond the engine's horizon");
		}
		DateWindow current = window;
		if (current == null || !current.holds(YearSpan.of(year))) {
			current = grown(current == null ? YearSpan.of(year) : current.years().including(year));
		}
		while (current.firstAfter(date) + count > current.days().length) {
			if (current.years().reachesHorizon()) {
				throw new IllegalStateException("the calendar has fewer than " + count
						+ " business dates after " + date + " within the supported range");
			}
			current = grown(current.years().forward());
		}
		return current;
	}

	private synchronized DateWindow grown(YearSpan wanted) {
		DateWindow current = window;
		if (current != null && current.holds(wanted)) {
			return current;
		}
		YearSpan years = current == null ? wanted : new YearSpan(
				Math.min(wanted.first(), current.years().first()), Math.max(wanted.end(), current.years().end()));
		DateWindow grown = new DateWindow(years, businessDays(years));
		window = grown;
		return grown;
	}

	private long[] businessDays(YearSpan years) {
		long first = LocalDate.of(years.first(), 1, 1).toEpochDay();
		long end = LocalDate.of(years.end(), 1, 1).toEpochDay();
		long[] days = new long[(int) (end - first)];
		int size = 0;
		for (long day = first; day < end; day++) {
			if (source.isBusinessDate(LocalDate.ofEpochDay(day))) {
				days[size++] = day;
			}
		}
		return Arrays.copyOf(days, size);
	}
}
