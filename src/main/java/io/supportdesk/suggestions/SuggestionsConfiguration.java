package io.supportdesk.suggestions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/**
 * Suggestions belong to no tenant: every customer whose plan includes them reads all organisations'
 * suggestions (never their names), so every tenant may address them by id; {@link SuggestionBoard}
 * answers 404 to whoever may not see them.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionsConfiguration {

	@Bean
	TenantScopedResource suggestionIds() {
		return TenantScopedResource.openToEveryTenant("suggestionId");
	}
}
