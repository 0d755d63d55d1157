package io.supportdesk.accounts;

import java.util.Optional;

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
		return TenantScopedResource.byUuid("organisationId", id -> Optional.of(new OrganisationId(id))
			.filter(accounts::organisationExists));
	}

	@Bean
	TenantScopedResource userIds(AccountManagement accounts) {
		return TenantScopedResource.byUuid("userId", accounts::organisationOf);
	}

	@Bean
	TenantScopedResource tokenIds(ApiTokenManagement tokens) {
		return TenantScopedResource.byUuid("tokenId", id -> tokens.organisationOf(new ApiTokenId(id)));
	}

	/** A reset link belongs to its user's organisation (a signed-in customer may open only their organisation's). */
	@Bean
	TenantScopedResource resetTokens(PasswordManagement passwords) {
		return TenantScopedResource.of("resetToken", passwords::organisationOfResetLink);
	}

	/** Teams belong to the vendor: no customer may address one. */
	@Bean
	TenantScopedResource teamIds() {
		return TenantScopedResource.vendorOwned("teamId");
	}
}
