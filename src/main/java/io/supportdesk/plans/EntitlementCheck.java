package io.supportdesk.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.OrganisationId;

/**
 * The one question every feature asks: "is this organisation entitled to X at this instant?" —
 * {@code entitlementCheck.of(organisation, at).require(Entitlement.LIVE_CHAT)}.
 */
@Service
@Transactional(readOnly = true)
public class EntitlementCheck {

	private final SubscriptionManagement subscriptions;

	private final PlanCatalogue catalogue;

	private final Clock clock;

	EntitlementCheck(SubscriptionManagement subscriptions, PlanCatalogue catalogue, Clock clock) {
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** What the organisation is entitled to at {@code at}. */
	public Entitlements of(OrganisationId organisation, Instant at) {
		List<Plan> plans = subscriptions.subscriptions(organisation).stream()
			.map(subscription -> subscription.planAt(at))
			.flatMap(java.util.Optional::stream)
			.map(code -> catalogue.plan(code, at))
			.flatMap(java.util.Optional::stream)
			.toList();
		return new Entitlements(organisation, at, plans, catalogue.plans(at));
	}

	/** What the organisation is entitled to now. */
	public Entitlements now(OrganisationId organisation) {
		return of(organisation, clock.instant());
	}
}
