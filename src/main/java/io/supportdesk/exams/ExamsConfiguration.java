package io.supportdesk.exams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** An exam window belongs to its organisation. */
@Configuration(proxyBeanMethods = false)
class ExamsConfiguration {

	@Bean
	TenantScopedResource windowIds(ExamCoverage coverage) {
		return TenantScopedResource.byUuid("windowId", coverage::organisationOf);
	}
}
