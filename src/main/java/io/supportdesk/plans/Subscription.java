package io.supportdesk.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.shared.InvalidInput;

/**
 * A licence bought by an organisation: a product, a term and the plan in each period of it. Plans
 * change by upgrade (top-up) from an instant within the term; a renewal extends the term.
 */
@Table("plans_subscription")
class Subscription {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String product;

	@Column("starts_at")
	private final Instant start;

	@Column("ends_at")
	private Instant end;

	private final Instant recordedAt;

	private final String recordedBy;

	@MappedCollection(idColumn = "subscription_id")
	private Set<PlanSegment> segments;

	@Version
	private Long version;

	@PersistenceCreator
	Subscription(UUID id, UUID organisationId, String product, Instant start, Instant end, Instant recordedAt,
			String recordedBy, Set<PlanSegment> segments, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.product = product;
		this.start = start;
		this.end = end;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.segments = segments == null ? new HashSet<>() : new HashSet<>(segments);
		this.version = version;
	}

	static Subscription record(OrganisationId organisation, PlanCode plan, String product, Instant start, Instant end,
			String recordedBy, Instant now) {
		if (!start.isBefore(end)) {
			throw new InvalidInput("end", "refusal.plans.subscription.endBeforeStart");
		}
		Subscription subscription = new Subscription(UUID.randomUUID(), organisation.value(), product.strip(), start,
				end, now, recordedBy, Set.of(), null);
		subscription.segments.add(new PlanSegment(plan.value(), start, now));
		return subscription;
	}

	/** Changes the plan from {@code from} on; answers the plan it replaces. */
	PlanCode upgrade(PlanCode plan, Instant from, Instant now) {
		SubscriptionView view = view();
		if (from.isBefore(start) || !from.isBefore(end)) {
			throw new InvalidInput("effectiveFrom", "refusal.plans.subscription.outsideTerm", start, end);
		}
		Instant latest = view.plans().get(view.plans().size() - 1).from();
		if (!from.isAfter(latest)) {
			throw new InvalidInput("effectiveFrom", "refusal.plans.subscription.beforeLastChange", latest);
		}
		PlanCode previous = view.planAt(from).orElseThrow();
		if (previous.equals(plan)) {
			throw new InvalidInput("plan", "refusal.plans.subscription.samePlan");
		}
		segments.add(new PlanSegment(plan.value(), from, now));
		return previous;
	}

	/** Extends the term to a later end. */
	void renew(Instant newEnd) {
		if (!newEnd.isAfter(end)) {
			throw new InvalidInput("end", "refusal.plans.subscription.renewBeforeEnd", end);
		}
		end = newEnd;
	}

	OrganisationId organisationId() {
		return new OrganisationId(organisationId);
	}

	SubscriptionView view() {
		List<SubscriptionView.Period> periods = new ArrayList<>(segments.stream()
			.map(s -> new SubscriptionView.Period(new PlanCode(s.planCode()), s.effectiveFrom()))
			.sorted(Comparator.comparing(SubscriptionView.Period::from)).toList());
		return new SubscriptionView(new SubscriptionId(id), organisationId(), product, start, end, periods, recordedAt);
	}
}
