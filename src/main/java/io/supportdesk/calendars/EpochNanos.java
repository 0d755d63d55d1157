package io.supportdesk.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The engine's time axis: nanoseconds since 1970-01-01T00:00Z in a {@code long}, exact for every
 * {@link Instant} of the supported range (a {@code long} of nanoseconds reaches 2262).
 */
final class EpochNanos {

	/** First year whose instants the engine materialises (local dates of 1970 may start in 1969 UTC). */
	static final int FIRST_YEAR = 1969;
	/** First year beyond the engine's horizon: results must lie before its first instant. */
	static final int HORIZON_YEAR = 2151;
	static final long FLOOR = yearStart(FIRST_YEAR);
	static final long HORIZON = yearStart(HORIZON_YEAR);

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private EpochNanos() {
	}

	static long of(Instant instant) {
		return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
	}

	/** @return {@code instant} on the axis, clamped to [{@link #FLOOR}, {@link #HORIZON}] */
	static long clamped(Instant instant) {
		long seconds = instant.getEpochSecond();
		if (seconds < FLOOR / NANOS_PER_SECOND) {
			return FLOOR;
		}
		return seconds >= HORIZON / NANOS_PER_SECOND ? HORIZON : of(instant);
	}

	static Instant toInstant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
	}

	static int yearOf(long nanos) {
		return LocalDate.ofEpochDay(Math.floorDiv(nanos, NANOS_PER_SECOND * 86_400)).getYear();
	}

	static long yearStart(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * NANOS_PER_SECOND;
	}

	static LocalDate utcDate(long nanos) {
		return LocalDate.ofEpochDay(Math.floorDiv(nanos, NANOS_PER_SECOND * 86_400));
	}
}
