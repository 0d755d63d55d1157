package io.supportdesk.calendars.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** Where the calendars appear in the console. */
@Configuration(proxyBeanMethods = false)
class CalendarsNavigation {

	@Bean
	NavigationItem consoleCalendars() {
		return new NavigationItem("console", "/console/calendars", "nav.calendars", "STAFF", 70, NavigationItem.SETUP);
	}
}
