package io.supportdesk.exams;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.OrganisationId;

/** A booked exam coverage window {@code [from, to)}. */
public record ExamWindow(UUID id, OrganisationId organisationId, Instant from, Instant to, Instant bookedAt) {
}
