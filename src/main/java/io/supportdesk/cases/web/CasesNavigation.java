package io.supportdesk.cases.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** Where the case pages appear in the two shells. */
@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavigationItem casesInPortal() {
		return new NavigationItem("portal", "/portal/cases", "cases.nav", "CUSTOMER", 10);
	}

	@Bean
	NavigationItem casesInConsole() {
		return new NavigationItem("console", "/console/cases", "cases.nav", "STAFF", 10);
	}
}
