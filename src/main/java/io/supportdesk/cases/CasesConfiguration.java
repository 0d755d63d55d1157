package io.supportdesk.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** A case belongs to its organisation. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

	@Bean
	TenantScopedResource caseIds(CaseManagement cases) {
		return TenantScopedResource.of("caseId", id -> {
			try {
				return cases.organisationOf(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}
}
