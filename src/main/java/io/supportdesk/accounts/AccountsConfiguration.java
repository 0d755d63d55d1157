package io.supportdesk.accounts;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Password hashing, where web sessions keep their security context, and the ownership of the ids this module exposes. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** BCrypt by default, behind {@code {id}} prefixes so the algorithm can change without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Where a signed-in web session keeps its security context (Spring Security's default: the HTTP
	 * session, cached in the request). One bean, so that the web filter chain and the account page,
	 * which renews its own session after a password change, save it the same way.
	 */
	@Bean
	SecurityContextRepository webSecurityContexts() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
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
