package io.supportdesk.plans;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.accounts.AuditAction;
import io.supportdesk.accounts.AuditLog;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.ChangeSignals;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.TransactionMemo;

/**
 * Subscriptions: operations records a licence bought with a plan for a term (the start may lie in the
 * past: contracts are recorded after the fact), upgrades it from an instant (top-up) and renews it.
 * The whole history stays: what plan an organisation had at any instant is always answerable.
 */
@Service
@Transactional
public class SubscriptionManagement {

	private final Subscriptions subscriptions;

	private final PlanCatalogue catalogue;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final JsonMapper json;

	private final ChangeSignals signals;

	/** What this node keeps of organisations' subscriptions, with the generation it was read under. */
	private final Map<OrganisationId, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MAX_KEPT = 10_000;

	SubscriptionManagement(Subscriptions subscriptions, PlanCatalogue catalogue, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock, JdbcClient jdbc, AuditLog audit, JsonMapper json,
			ChangeSignals signals) {
		this.signals = signals;
		this.audit = audit;
		this.json = json;
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Records a subscription (operations, managers). */
	public SubscriptionId record(CurrentUser actor, OrganisationId organisation, PlanCode plan, String product,
			Instant start, Instant end) {
		requireOperations(actor);
		requireOrganisation(actor, organisation);
		requirePlan(plan, start);
		Subscription subscription = subscriptions
			.save(Subscription.record(organisation, plan, product, start, end, actor.email(), clock.instant()));
		changed(organisation);
		SubscriptionView view = subscription.view();
		audit.recordChange(AuditAction.SUBSCRIPTION_RECORDED, actor, subject(view), null, state(view));
		events.publishEvent(new SubscriptionRecorded(organisation, view.id(), plan, start, end));
		return view.id();
	}

	/** Changes a subscription's plan from an instant within its term (an upgrade, or top-up). */
	public SubscriptionView upgrade(CurrentUser actor, OrganisationId organisation, SubscriptionId id, PlanCode plan,
			Instant effectiveFrom) {
		requireOperations(actor);
		Subscription subscription = load(actor, organisation, id);
		requirePlan(plan, effectiveFrom);
		String before = state(subscription.view());
		PlanCode previous = subscription.upgrade(plan, effectiveFrom, clock.instant());
		subscriptions.save(subscription);
		audit.recordChange(AuditAction.SUBSCRIPTION_CHANGED, actor, subject(subscription.view()), before,
				state(subscription.view()));
		changed(organisation);
		events.publishEvent(new PlanChanged(organisation, id, previous, plan, effectiveFrom));
		return subscription.view();
	}

	/** Extends a subscription's term (a renewal). */
	public SubscriptionView renew(CurrentUser actor, OrganisationId organisation, SubscriptionId id, Instant end) {
		requireOperations(actor);
		Subscription subscription = load(actor, organisation, id);
		String before = state(subscription.view());
		subscription.renew(end);
		subscriptions.save(subscription);
		audit.recordChange(AuditAction.SUBSCRIPTION_CHANGED, actor, subject(subscription.view()), before,
				state(subscription.view()));
		changed(organisation);
		events.publishEvent(new SubscriptionRenewed(organisation, id, end));
		return subscription.view();
	}

	private static String subject(SubscriptionView view) {
		return "subscription " + view.id().value() + " of organisation " + view.organisationId().value();
	}

	/** A subscription as the audit log shows it: product, term, plans from each instant (one JSON layout). */
	private String state(SubscriptionView view) {
		java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("product", view.product());
		state.put("start", view.start().toString());
		state.put("end", view.end().toString());
		state.put("plans", view.plans().stream()
			.map(p -> java.util.Map.of("plan", p.plan().value(), "from", p.from().toString())).toList());
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(state);
	}

	/** The organisation's subscriptions, oldest first (staff, and the organisation's own users). */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions(CurrentUser actor, OrganisationId organisation) {
		requireOrganisation(actor, organisation);
		return subscriptions(organisation);
	}

	/**
	 * The subscriptions of an organisation, for the modules that evaluate them (no access rules); read
	 * once per transaction (entitlements and SLA evaluation ask several times per request).
	 */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions(OrganisationId organisation) {
		return TransactionMemo.get(new OfOrganisation(organisation), () -> keptOrRead(organisation));
	}

	/** Kept on this node while no subscription change is signalled ({@link ChangeSignals}), else read. */
	private List<SubscriptionView> keptOrRead(OrganisationId organisation) {
		long generation = signals.generation(ChangeSignals.Topic.SUBSCRIPTIONS);
		Kept known = kept.get(organisation);
		if (known != null && generation != ChangeSignals.UNKNOWN && known.generation() == generation) {
			return known.subscriptions();
		}
		List<SubscriptionView> read = read(organisation);
		if (generation != ChangeSignals.UNKNOWN) {
			if (kept.size() >= MAX_KEPT) {
				kept.clear();
			}
			kept.put(organisation, new Kept(generation, read));
		}
		return read;
	}

	private void changed(OrganisationId organisation) {
		TransactionMemo.forget(new OfOrganisation(organisation));
		signals.changing(ChangeSignals.Topic.SUBSCRIPTIONS);
	}

	private record Kept(long generation, List<SubscriptionView> subscriptions) {
	}

	/**
	 * The subscriptions with their plan segments in one query (every case opened and every SLA evaluated
	 * asks), oldest first: by start, then by when they were recorded.
	 */
	private List<SubscriptionView> read(OrganisationId organisation) {
		Map<UUID, Row> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.organisation_id, s.product, s.starts_at, s.ends_at, s.recorded_at, s.recorded_by, s.version,
				  g.plan_code, g.effective_from, g.recorded_at as segment_recorded_at
				from plans_subscription s join plans_subscription_segment g on g.subscription_id = s.id
				where s.organisation_id = :organisation
				order by s.starts_at, s.recorded_at, s.id, g.effective_from""")
			.param("organisation", organisation.value()).query(rs -> {
				Row row = rows.computeIfAbsent(rs.getObject("id", UUID.class), id -> {
					try {
						return new Row(id, rs.getObject("organisation_id", UUID.class), rs.getString("product"),
								rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
								rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getLong("version"),
								new HashSet<>());
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				row.segments().add(new PlanSegment(rs.getString("plan_code"), rs.getTimestamp("effective_from").toInstant(),
						rs.getTimestamp("segment_recorded_at").toInstant()));
			});
		return rows.values().stream().map(row -> new Subscription(row.id(), row.organisationId(), row.product(),
				row.start(), row.end(), row.recordedAt(), row.recordedBy(), row.segments(), row.version()).view()).toList();
	}

	private record Row(UUID id, UUID organisationId, String product, Instant start, Instant end, Instant recordedAt,
			String recordedBy, long version, Set<PlanSegment> segments) {
	}

	/** The key the subscriptions of an organisation are remembered under in a transaction. */
	private record OfOrganisation(OrganisationId organisation) {
	}

	/** Which organisation holds a subscription (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID subscription) {
		return Optional.ofNullable(subscriptions.findOrganisationOf(subscription)).map(OrganisationId::new);
	}

	private Subscription load(CurrentUser actor, OrganisationId organisation, SubscriptionId id) {
		requireOrganisation(actor, organisation);
		return subscriptions.findById(id.value()).filter(s -> s.organisationId().equals(organisation))
			.orElseThrow(() -> new NotFound("refusal.notFound.subscription"));
	}

	private void requirePlan(PlanCode plan, Instant at) {
		if (catalogue.plan(plan, at).isEmpty()) {
			throw new InvalidInput("plan", "refusal.plans.code.unknown", plan);
		}
	}

	private void requireOrganisation(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
	}

	private static void requireOperations(CurrentUser actor) {
		if (!actor.has(Role.OPERATIONS) && !actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only operations record subscriptions");
		}
	}
}
