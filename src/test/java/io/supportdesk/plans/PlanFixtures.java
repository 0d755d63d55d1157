package io.supportdesk.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;

/** Test data of the plans module: subscriptions recorded through the facade. */
@TestComponent
public class PlanFixtures {

	private final SubscriptionManagement subscriptions;

	private final Clock clock;

	public PlanFixtures(SubscriptionManagement subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/** A year's subscription to the plan, started 30 days ago (by the application clock). */
	public SubscriptionId subscribe(OrganisationId organisation, PlanCode plan) {
		Instant now = clock.instant();
		return subscribe(organisation, plan, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(335)));
	}

	public SubscriptionId subscribe(OrganisationId organisation, PlanCode plan, Instant start, Instant end) {
		return subscriptions.record(CurrentUser.system(), organisation, plan, "Constructor Proctor", start, end);
	}
}
