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
		return resource("organisationId", id -> Optional.of(new OrganisationId(id))
			.filter(accounts::organisationExists));
	}

	@Bean
	TenantScopedResource userIds(AccountManagement accounts) {
		return resource("userId", accounts::organisationOf);
	}

	@Bean
	TenantScopedResource tokenIds(ApiTokenManagement tokens) {
		return resource("tokenId", id -> tokens.organisationOf(new ApiTokenId(id)));
	}

	/** Teams belong to the vendor: no customer may address one. */
	@Bean
	TenantScopedResource teamIds() {
		return resource("teamId", id -> Optional.empty());
	}

	private static TenantScopedResource resource(String variable,
			java.util.function.Function<UUID, Optional<OrganisationId>> owner) {
		return new TenantScopedResource() {
			@Override
			public String pathVariable() {
				return variable;
			}

			@Override
			public Optional<OrganisationId> ownerOf(String id) {
				try {
					return owner.apply(UUID.fromString(id));
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
		};
	}
}
