package io.supportdesk.plans;

import static io.supportdesk.plans.Entitlement.DEDICATED_TAM;
import static io.supportdesk.plans.Entitlement.EARLY_ADOPTER_PRODUCTS;
import static io.supportdesk.plans.Entitlement.KNOWLEDGE_BASE;
import static io.supportdesk.plans.Entitlement.LIVE_CHAT;
import static io.supportdesk.plans.Entitlement.MULTILINGUAL_SUPPORT;
import static io.supportdesk.plans.Entitlement.PORTAL_CASE_MANAGEMENT;
import static io.supportdesk.plans.Entitlement.PRIORITY_QUEUEING;
import static io.supportdesk.plans.Entitlement.PRODUCT_DOWNLOADS;
import static io.supportdesk.plans.Entitlement.PRODUCT_SUGGESTIONS;
import static io.supportdesk.plans.Entitlement.TRIAL_LICENCE;
import static io.supportdesk.plans.Metric.FIRST_RESPONSE;
import static io.supportdesk.plans.Metric.UPDATE;
import static io.supportdesk.plans.TargetUnit.BUSINESS_DAYS;
import static io.supportdesk.plans.TargetUnit.HOURS;
import static io.supportdesk.plans.TargetUnit.MINUTES;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.calendars.CalendarManagement;

/**
 * The catalogue every installation starts with, cell by cell from SPEC.md §2. Its first versions are
 * in force from the epoch, so contracts recorded after the fact find their plan. Managers edit it.
 */
@Component
@Order(6)
class PlanSeeds implements ApplicationRunner {

	static final String STANDARD_HOURS = CalendarManagement.STANDARD_BUSINESS_HOURS;

	static final String ALWAYS_OPEN = CalendarManagement.ALWAYS_OPEN;

	private final PlanCatalogue catalogue;

	PlanSeeds(PlanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!catalogue.plans(Instant.EPOCH).isEmpty()) {
			return;
		}
		CurrentUser system = CurrentUser.system();
		catalogue.put(system, PlanCode.STANDARD, standard(), Instant.EPOCH);
		catalogue.put(system, PlanCode.PREMIER, premier(), Instant.EPOCH);
		catalogue.put(system, PlanCode.PROCTORED_EXAM_24X7, proctored(), Instant.EPOCH);
	}

	static PlanChange standard() {
		return new PlanChange("Standard", "Fast and effective help with support issues and questions during business "
				+ "hours: customer portal, knowledge base, unlimited cases, developer support.",
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, MULTILINGUAL_SUPPORT), 0,
				List.of(target(1, FIRST_RESPONSE, 4, HOURS, STANDARD_HOURS),
						target(2, FIRST_RESPONSE, 8, HOURS, STANDARD_HOURS),
						target(3, FIRST_RESPONSE, 1, BUSINESS_DAYS, STANDARD_HOURS),
						target(4, FIRST_RESPONSE, 3, BUSINESS_DAYS, STANDARD_HOURS),
						target(1, UPDATE, 4, HOURS, STANDARD_HOURS)));
	}

	static PlanChange premier() {
		return new PlanChange("Premier", "All of Standard, with a dedicated technical account manager, priority "
				+ "support and 24/7 on-call availability for urgent issues.",
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, PORTAL_CASE_MANAGEMENT, LIVE_CHAT,
						MULTILINGUAL_SUPPORT, PRIORITY_QUEUEING, EARLY_ADOPTER_PRODUCTS, TRIAL_LICENCE, DEDICATED_TAM),
				90,
				List.of(target(1, FIRST_RESPONSE, 15, MINUTES, ALWAYS_OPEN),
						target(2, FIRST_RESPONSE, 30, MINUTES, STANDARD_HOURS),
						target(3, FIRST_RESPONSE, 2, HOURS, STANDARD_HOURS),
						target(4, FIRST_RESPONSE, 1, BUSINESS_DAYS, STANDARD_HOURS),
						target(1, UPDATE, 2, HOURS, ALWAYS_OPEN)));
	}

	static PlanChange proctored() {
		return new PlanChange("Proctored exam 24x7", "Close to real-time support during proctored exam sessions: "
				+ "customer portal, incident tracking and live chat, 24x7 inside booked exam windows.",
				Set.of(KNOWLEDGE_BASE, PRODUCT_SUGGESTIONS, PRODUCT_DOWNLOADS, PORTAL_CASE_MANAGEMENT, LIVE_CHAT,
						MULTILINGUAL_SUPPORT, PRIORITY_QUEUEING), 0,
				List.of(examTarget(1, FIRST_RESPONSE, 15, MINUTES), examTarget(2, FIRST_RESPONSE, 45, MINUTES),
						examTarget(3, FIRST_RESPONSE, 4, HOURS), examTarget(4, FIRST_RESPONSE, 2, BUSINESS_DAYS),
						examTarget(1, UPDATE, 4, HOURS)));
	}

	private static PlanChange.Target target(int severity, Metric metric, long amount, TargetUnit unit, String calendar) {
		return new PlanChange.Target(severity, metric, amount, unit, calendar, false);
	}

	private static PlanChange.Target examTarget(int severity, Metric metric, long amount, TargetUnit unit) {
		return new PlanChange.Target(severity, metric, amount, unit, STANDARD_HOURS, true);
	}
}
