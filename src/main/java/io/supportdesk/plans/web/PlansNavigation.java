package io.supportdesk.plans.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** Where the plans pages appear in the two shells. */
@Configuration(proxyBeanMethods = false)
class PlansNavigation {

	@Bean
	NavigationItem portalPlan() {
		return new NavigationItem("portal", "/portal/plan", "plans.nav.plan", "CUSTOMER", 20);
	}

	@Bean
	NavigationItem consoleTamOrganisations() {
		return new NavigationItem("console", "/console/tam/organisations", "plans.nav.tam", "TAM", 30, NavigationItem.CUSTOMERS);
	}

	@Bean
	NavigationItem consoleTrials() {
		return new NavigationItem("console", "/console/trials", "plans.nav.trials", "AGENT", 40, NavigationItem.CUSTOMERS);
	}

	@Bean
	NavigationItem consoleAddOns() {
		return new NavigationItem("console", "/console/addons", "plans.nav.addons", "OPERATIONS", 55, NavigationItem.CUSTOMERS);
	}

	@Bean
	NavigationItem consolePlans() {
		return new NavigationItem("console", "/console/plans", "plans.nav.catalogue", "STAFF", 60, NavigationItem.SETUP);
	}
}
