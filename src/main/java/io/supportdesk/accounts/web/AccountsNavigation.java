package io.supportdesk.accounts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** Where the accounts pages appear in the two shells. */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

	@Bean
	NavigationItem consoleOrganisations() {
		return new NavigationItem("console", "/console/organisations", "nav.organisations", "STAFF", 25, NavigationItem.CUSTOMERS);
	}

	@Bean
	NavigationItem consoleStaff() {
		return new NavigationItem("console", "/console/staff", "nav.staff", "MANAGER", 52, NavigationItem.SETUP);
	}

	@Bean
	NavigationItem consoleTeams() {
		return new NavigationItem("console", "/console/teams", "nav.teams", "MANAGER", 53, NavigationItem.SETUP);
	}

	@Bean
	NavigationItem consoleAudit() {
		return new NavigationItem("console", "/console/audit", "nav.audit", "ADMIN", 90, NavigationItem.SETUP);
	}

	@Bean
	NavigationItem portalUsers() {
		return new NavigationItem("portal", "/portal/users", "nav.users", "CUSTOMER_ADMIN", 80, NavigationItem.SETUP);
	}
}
