package io.supportdesk.knowledge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/**
 * Articles belong to no tenant: every customer may address them by id, language and slug, and
 * {@link KnowledgeBase} answers 404 for every article the reader may not see.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	TenantScopedResource articleIds() {
		return TenantScopedResource.openToEveryTenant("articleId");
	}

	@Bean
	TenantScopedResource articleLanguages() {
		return TenantScopedResource.openToEveryTenant("lang");
	}

	/** A new-case form's deflection record belongs to the organisation of the customer who started it. */
	@Bean
	TenantScopedResource caseFormIds(Deflections deflections) {
		return TenantScopedResource.byUuid("formId", deflections::organisationOf);
	}

	@Bean
	TenantScopedResource articleSlugs() {
		return TenantScopedResource.openToEveryTenant("slug");
	}
}
