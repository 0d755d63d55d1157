package io.supportdesk.exams;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** An organisation's exam windows changed (booked or cancelled); SLA clocks of its open cases follow. */
public record ExamWindowsChanged(OrganisationId organisationId, Instant from, Instant to) {
}
