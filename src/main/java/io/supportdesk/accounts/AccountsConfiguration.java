package io.supportdesk.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the ownership of the ids this module exposes. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** BCrypt by default, behind {@code {id}} prefixes so the algorithm can change without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	TenantScopedResource organisationIds(AccountManagement accounts) {
		return TenantScopedResource.of("organisationId", id -> uuid(id).map(OrganisationId::new)
			.filter(accounts::organisationExists));
	}

	@Bean
	TenantScopedResource userIds(AccountManagement accounts) {
		return TenantScopedResource.of("userId", id -> uuid(id).flatMap(accounts::organisationOf));
	}

	@Bean
	TenantScopedResource tokenIds(ApiTokenManagement tokens) {
		return TenantScopedResource.of("tokenId", id -> uuid(id).map(ApiTokenId::new).flatMap(tokens::organisationOf));
	}

	/** Teams belong to the vendor: no customer may address one. */
	@Bean
	TenantScopedResource teamIds() {
		return TenantScopedResource.vendorOwned("teamId");
	}

	private static Optional<UUID> uuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
