package io.supportdesk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** The home entries of both shells. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

	@Bean
	NavigationItem portalHome() {
		return new NavigationItem("portal", "/portal", "nav.home", "CUSTOMER", 0);
	}

	@Bean
	NavigationItem consoleHome() {
		return new NavigationItem("console", "/console", "nav.home", "STAFF", 0);
	}
}
