package io.supportdesk.exams;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking as asked for. {@code ON_DEMAND}: {@code from} and {@code to}. {@code MONTHLY} and
 * {@code ANNUAL}: an RFC 5545 {@code rrule} (for example {@code FREQ=WEEKLY;BYDAY=TU,TH}) from the local
 * {@code start} in {@code zone}, each window {@code durationMinutes} long, optionally ending at the local
 * {@code until}; {@code ANNUAL} may leave out occurrences with {@code exdates} (local dates or local
 * date-times). A missing {@code zone} is the organisation's.
 */
public record ExamBookingRequest(ExamBookingMode mode, String zone, Instant from, Instant to, String rrule,
		LocalDateTime start, Integer durationMinutes, LocalDateTime until, List<String> exdates) {

	public ExamBookingRequest {
		exdates = exdates == null ? List.of() : List.copyOf(exdates);
	}

	/** One window, on demand. */
	public static ExamBookingRequest onDemand(String zone, Instant from, Instant to) {
		return new ExamBookingRequest(ExamBookingMode.ON_DEMAND, zone, from, to, null, null, null, null, List.of());
	}

	/** A pattern (monthly or annual). */
	public static ExamBookingRequest pattern(ExamBookingMode mode, String zone, String rrule, LocalDateTime start,
			int durationMinutes, LocalDateTime until, List<String> exdates) {
		return new ExamBookingRequest(mode, zone, null, null, rrule, start, durationMinutes, until, exdates);
	}
}
