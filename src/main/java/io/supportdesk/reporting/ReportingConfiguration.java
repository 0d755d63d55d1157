package io.supportdesk.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** The reporting module's path variables for tenant isolation. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ReportingSettings.class)
class ReportingConfiguration {

	/**
	 * A statement's month ({@code yyyy-MM}) belongs to no tenant: the organisation beside it in the path is
	 * checked, and {@link ComplianceStatements} answers 404 to a customer of another organisation.
	 */
	@Bean
	TenantScopedResource statementMonth() {
		return TenantScopedResource.openToEveryTenant("month");
	}
}
