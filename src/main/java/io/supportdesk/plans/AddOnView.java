package io.supportdesk.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.supportdesk.accounts.OrganisationId;

/** A paid add-on request as people see it. */
public record AddOnView(AddOnId id, OrganisationId organisationId, AddOnKind kind, String description,
		AddOnStatus status, BigDecimal amount, String currency, Integer hours, LocalDate scheduledFor,
		String declineReason, Instant requestedAt, Instant updatedAt) {
}
