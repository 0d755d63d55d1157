package io.supportdesk.exams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportdesk.accounts.OrganisationId;

/**
 * A booking and the windows it produced (those not cancelled), oldest first.
 *
 * @param rule the RFC 5545 rule it was booked with, {@code ics} for an imported file, null on demand
 * @param cancelledAt when it was cancelled (windows within the cut-off then stay), else null
 */
public record ExamBooking(UUID id, OrganisationId organisationId, ExamBookingMode mode, String zone, String rule,
		Instant bookedAt, String bookedBy, Instant cancelledAt, List<ExamWindow> windows) {

	public ExamBooking {
		windows = List.copyOf(windows);
	}
}
