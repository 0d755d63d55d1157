package io.supportdesk.calendars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** Calendars belong to the vendor: no customer may address one. */
@Configuration(proxyBeanMethods = false)
class CalendarsConfiguration {

	@Bean
	TenantScopedResource calendarIds() {
		return TenantScopedResource.vendorOwned("calendarId");
	}
}
