package io.supportdesk.downloads;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Plan;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.SubscriptionView;

/**
 * Who sees which builds of a product: staff everything; a customer the channels that the plans of their
 * organisation's subscriptions in force now <em>for that product</em> open — {@link Channel#GA} where
 * the plan includes product downloads, {@link Channel#EARLY_ADOPTER} too where it also includes early
 * adopter products. A product with no channel open does not exist for the reader.
 */
@Component
class DownloadAccess {

	private final SubscriptionManagement subscriptions;

	private final PlanCatalogue catalogue;

	private final Clock clock;

	DownloadAccess(SubscriptionManagement subscriptions, PlanCatalogue catalogue, Clock clock) {
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** The channels of the product the viewer may see now (none: the product is not theirs). */
	Set<Channel> channels(CurrentUser viewer, String product) {
		if (viewer.isStaff()) {
			return EnumSet.allOf(Channel.class);
		}
		Set<Channel> open = EnumSet.noneOf(Channel.class);
		if (viewer.organisationId() == null) {
			return open;
		}
		Instant now = clock.instant();
		for (SubscriptionView subscription : subscriptions.subscriptions(viewer.organisationId())) {
			if (!subscription.product().equalsIgnoreCase(product.strip())) {
				continue;
			}
			subscription.planAt(now).flatMap(code -> catalogue.plan(code, now)).filter(this::downloads).ifPresent(plan -> {
				open.add(Channel.GA);
				if (plan.includes(Entitlement.EARLY_ADOPTER_PRODUCTS)) {
					open.add(Channel.EARLY_ADOPTER);
				}
			});
		}
		return open;
	}

	private boolean downloads(Plan plan) {
		return plan.includes(Entitlement.PRODUCT_DOWNLOADS);
	}

	/** Products, versions and files are managed by support managers (and admins). */
	static void requireManager(CurrentUser actor) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only managers manage products and their files");
		}
	}
}
