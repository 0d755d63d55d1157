package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Why a calendar answered what it did: the operation, its start and result, and the open intervals
 * it counted between them (each with UTC instants, local date-times and the business time counted
 * in it), plus the business dates counted for a business-day target. {@link #describe()} renders it
 * for a human, e.g. to show the arithmetic behind a due instant.
 *
 * @param operation     what was computed
 * @param start         the start instant ({@code from} for elapsed time)
 * @param result        the due instant ({@code to} for elapsed time)
 * @param zone          the zone whose local clock applied at {@code start}
 * @param businessTime  business time in {@code [start, result)}: the target, or the measured time
 * @param businessDays  the business-day target, 0 for the other operations
 * @param businessDates the business dates counted for a business-day target, in order
 * @param intervals     the open intervals counted in {@code [start, result)}, in order
 */
public record Explanation(
		Operation operation,
		Instant start,
		Instant result,
		ZoneId zone,
		Duration businessTime,
		int businessDays,
		List<LocalDate> businessDates,
		List<CountedInterval> intervals) {

	/** The question an explanation answers. */
	public enum Operation {
		/** start plus business time ({@link BusinessCalendar#add}) */
		ADD,
		/** start plus business days ({@link BusinessCalendar#addBusinessDays}) */
		ADD_BUSINESS_DAYS,
		/** business time between two instants ({@link BusinessCalendar#elapsed}) */
		ELAPSED
	}

	/**
	 * One open interval, clipped to the explained range.
	 *
	 * @param from      first counted instant (UTC)
	 * @param to        first instant after the counted stretch (UTC)
	 * @param localFrom {@code from} on the local clock the calendar follows there
	 * @param localTo   {@code to} on the same local clock
	 * @param counted   the business time counted in it
	 */
	public record CountedInterval(Instant from, Instant to, LocalDateTime localFrom, LocalDateTime localTo,
			Duration counted) {

		/** Requires every part. */
		public CountedInterval {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(localFrom, "localFrom");
			Objects.requireNonNull(localTo, "localTo");
			Objects.requireNonNull(counted, "counted");
		}
	}

	/** Keeps immutable copies of the lists. */
	public Explanation {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(businessTime, "businessTime");
		businessDates = List.copyOf(businessDates);
		intervals = List.copyOf(intervals);
	}

	/** @return a multi-line, human-readable account of the arithmetic */
	public String describe() {
		return new ExplanationText(this).render();
	}

	/** @return {@link #describe()} */
	@Override
	public String toString() {
		return describe();
	}
}
