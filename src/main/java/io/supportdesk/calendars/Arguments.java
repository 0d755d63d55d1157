package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;

/** The checks every {@link BusinessCalendar} applies to its arguments, with the messages it gives. */
final class Arguments {

	/** Targets longer than this are refused (the engine promises 20 years; this leaves room). */
	static final Duration LONGEST_TARGET = Duration.ofDays(40L * 366);
	static final int MOST_BUSINESS_DAYS = 40 * 366;
	private static final Instant FIRST_INPUT = Instant.parse("1970-01-01T00:00:00Z");
	private static final Instant END_OF_INPUT = Instant.parse("2101-01-01T00:00:00Z");

	private Arguments() {
	}

	/** @return {@code instant} in epoch nanos, if it lies in the supported range 1970–2100 */
	static long instant(String name, Instant instant) {
		if (instant == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		if (instant.isBefore(FIRST_INPUT) || !instant.isBefore(END_OF_INPUT)) {
			throw new IllegalArgumentException(name + " " + instant + " is outside the supported range "
					+ FIRST_INPUT + " to " + END_OF_INPUT + " (exclusive)");
		}
		return EpochNanos.of(instant);
	}

	/** @return {@code businessTime} in nanoseconds, if it is zero or more and at most 40 years */
	static long businessTime(Duration businessTime) {
		if (businessTime == null) {
			throw new IllegalArgumentException("business time is required");
		}
		if (businessTime.isNegative()) {
			throw new IllegalArgumentException("business time " + businessTime + " is negative; a target is zero or more");
		}
		if (businessTime.compareTo(LONGEST_TARGET) > 0) {
			throw new IllegalArgumentException("business time " + businessTime + " exceeds the supported 40 years");
		}
		return businessTime.toNanos();
	}

	/** @return {@code days}, if it is zero or more and at most 40 years of dates */
	static int businessDays(int days) {
		if (days < 0) {
			throw new IllegalArgumentException("business days " + days + " is negative; a target is zero or more");
		}
		if (days > MOST_BUSINESS_DAYS) {
			throw new IllegalArgumentException("business days " + days + " exceeds the supported " + MOST_BUSINESS_DAYS);
		}
		return days;
	}

	/** Requires {@code from <= to} (both already checked instants in epoch nanos). */
	static void ordered(long from, long to) {
		if (from > to) {
			throw new IllegalArgumentException("from " + EpochNanos.toInstant(from) + " is after to "
					+ EpochNanos.toInstant(to) + "; elapsed business time needs from <= to");
		}
	}
}
