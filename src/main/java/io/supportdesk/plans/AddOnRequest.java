package io.supportdesk.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.Refusal;

/** A customer's request for a paid service, moved by operations from requested to delivered. */
@Table("plans_addon_request")
class AddOnRequest {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final AddOnKind kind;

	private final String description;

	private AddOnStatus status;

	private BigDecimal amount;

	private String currency;

	private Integer hours;

	private LocalDate scheduledFor;

	private String declineReason;

	private final UUID requestedBy;

	private final Instant requestedAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	AddOnRequest(UUID id, UUID organisationId, AddOnKind kind, String description, AddOnStatus status, BigDecimal amount,
			String currency, Integer hours, LocalDate scheduledFor, String declineReason, UUID requestedBy,
			Instant requestedAt, Instant updatedAt, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.kind = kind;
		this.description = description;
		this.status = status;
		this.amount = amount;
		this.currency = currency;
		this.hours = hours;
		this.scheduledFor = scheduledFor;
		this.declineReason = declineReason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static AddOnRequest request(OrganisationId organisation, UserId by, AddOnKind kind, String description, Instant now) {
		return new AddOnRequest(UUID.randomUUID(), organisation.value(), kind, description.strip(), AddOnStatus.REQUESTED,
				null, null, null, null, null, by.value(), now, now, null);
	}

	/** Puts a price on it (again, while not yet scheduled). */
	void quote(BigDecimal quotedAmount, String quotedCurrency, int quotedHours, Instant now) {
		move(EnumSet.of(AddOnStatus.REQUESTED, AddOnStatus.QUOTED), AddOnStatus.QUOTED, now);
		amount = quotedAmount;
		currency = quotedCurrency;
		hours = quotedHours;
	}

	void schedule(LocalDate date, Instant now) {
		move(EnumSet.of(AddOnStatus.QUOTED, AddOnStatus.SCHEDULED), AddOnStatus.SCHEDULED, now);
		scheduledFor = date;
	}

	void deliver(Instant now) {
		move(EnumSet.of(AddOnStatus.SCHEDULED), AddOnStatus.DELIVERED, now);
	}

	void decline(String reason, Instant now) {
		move(EnumSet.of(AddOnStatus.REQUESTED, AddOnStatus.QUOTED, AddOnStatus.SCHEDULED), AddOnStatus.DECLINED, now);
		declineReason = reason.strip();
	}

	private void move(Set<AddOnStatus> from, AddOnStatus to, Instant now) {
		if (!from.contains(status)) {
			throw new Conflict("status", "refusal.plans.addOn.transition",
					Refusal.term("refusal.term.addOn." + status), Refusal.term("refusal.term.addOn." + to));
		}
		status = to;
		updatedAt = now;
	}

	OrganisationId organisationId() {
		return new OrganisationId(organisationId);
	}

	AddOnView view() {
		return new AddOnView(new AddOnId(id), organisationId(), kind, description, status, amount, currency, hours,
				scheduledFor, declineReason, requestedAt, updatedAt);
	}
}
