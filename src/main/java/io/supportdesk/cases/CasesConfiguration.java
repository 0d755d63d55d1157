package io.supportdesk.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** A case, and each of its attachments, belongs to the case's organisation. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

	@Bean
	TenantScopedResource caseIds(CaseManagement cases) {
		return owned("caseId", cases::organisationOf);
	}

	@Bean
	TenantScopedResource attachmentIds(CaseAttachments attachments) {
		return owned("attachmentId", attachments::organisationOf);
	}

	private static TenantScopedResource owned(String variable,
			java.util.function.Function<UUID, Optional<io.supportdesk.accounts.OrganisationId>> owner) {
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
