package io.supportdesk.plans;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** Who owns the ids this module puts in URLs. */
@Configuration(proxyBeanMethods = false)
class PlansConfiguration {

	@Bean
	TenantScopedResource subscriptionIds(SubscriptionManagement subscriptions) {
		return TenantScopedResource.byUuid("subscriptionId", subscriptions::organisationOf);
	}

	@Bean
	TenantScopedResource addOnIds(AddOnManagement addOns) {
		return TenantScopedResource.byUuid("addOnId", addOns::organisationOf);
	}

	@Bean
	TenantScopedResource licenceIds(TrialLicenceManagement licences) {
		return TenantScopedResource.byUuid("licenceId", licences::organisationOf);
	}

	/** Plans belong to the vendor (customers read them through their own entitlements). */
	@Bean
	TenantScopedResource planCodes() {
		return TenantScopedResource.vendorOwned("planCode");
	}
}
