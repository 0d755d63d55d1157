package io.supportdesk.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.Role;
import io.supportdesk.accounts.UserSummary;

/**
 * The {@code demo} profile's programmes: Acme Analytics on Premier (with Tomás Keller as its TAM),
 * Globex Learning on Standard, Northwind Exams on Proctored exam 24x7 — each a year's subscription that
 * started 120 days before the first start, so that the demo cases' four months of history lie inside it.
 * Loaded once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoProgrammes implements ApplicationRunner {

	private static final Map<String, PlanCode> PLANS = Map.of("Acme Analytics", PlanCode.PREMIER, "Globex Learning",
			PlanCode.STANDARD, "Northwind Exams", PlanCode.PROCTORED_EXAM_24X7);

	private final AccountManagement accounts;

	private final SubscriptionManagement subscriptions;

	private final TamManagement tams;

	private final Clock clock;

	DemoProgrammes(AccountManagement accounts, SubscriptionManagement subscriptions, TamManagement tams, Clock clock) {
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.tams = tams;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser system = CurrentUser.system();
		Instant start = clock.instant().minus(Duration.ofDays(120));
		for (OrganisationSummary organisation : accounts.organisations(system)) {
			PlanCode plan = PLANS.get(organisation.name());
			if (plan != null && subscriptions.subscriptions(organisation.id()).isEmpty()) {
				subscriptions.record(system, organisation.id(), plan, "Constructor Proctor", start,
						start.plus(Duration.ofDays(365)));
				if (plan.equals(PlanCode.PREMIER)) {
					accounts.staff(system).stream().filter(user -> user.role() == Role.TAM).map(UserSummary::id)
						.findFirst().ifPresent(tam -> tams.assign(system, organisation.id(), tam));
				}
			}
		}
	}
}
