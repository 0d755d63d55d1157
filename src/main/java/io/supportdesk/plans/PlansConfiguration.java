package io.supportdesk.plans;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TenantScopedResource;

/** Who owns the ids this module puts in URLs. */
@Configuration(proxyBeanMethods = false)
class PlansConfiguration {

	@Bean
	TenantScopedResource subscriptionIds(SubscriptionManagement subscriptions) {
		return owned("subscriptionId", subscriptions::organisationOf);
	}

	@Bean
	TenantScopedResource addOnIds(AddOnManagement addOns) {
		return owned("addOnId", addOns::organisationOf);
	}

	@Bean
	TenantScopedResource licenceIds(TrialLicenceManagement licences) {
		return owned("licenceId", licences::organisationOf);
	}

	/** Plans belong to the vendor (customers read them through their own entitlements). */
	@Bean
	TenantScopedResource planCodes() {
		return TenantScopedResource.vendorOwned("planCode");
	}

	private static TenantScopedResource owned(String variable, Function<UUID, Optional<OrganisationId>> owner) {
		return TenantScopedResource.of(variable, id -> {
			try {
				return owner.apply(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}
}
