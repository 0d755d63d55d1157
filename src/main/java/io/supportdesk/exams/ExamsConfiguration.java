package io.supportdesk.exams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** An exam window and an exam booking belong to their organisation. */
@Configuration(proxyBeanMethods = false)
class ExamsConfiguration {

	@Bean
	TenantScopedResource windowIds(ExamCoverage coverage) {
		return TenantScopedResource.byUuid("windowId", coverage::organisationOf);
	}

	@Bean
	TenantScopedResource bookingIds(ExamBookingManagement bookings) {
		return TenantScopedResource.byUuid("bookingId", bookings::organisationOf);
	}
}
