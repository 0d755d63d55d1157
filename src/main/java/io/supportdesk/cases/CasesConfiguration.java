package io.supportdesk.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** A case, and each of its attachments, belongs to the case's organisation. */
@Configuration(proxyBeanMethods = false)
class CasesConfiguration {

	@Bean
	TenantScopedResource caseIds(CaseManagement cases) {
		return TenantScopedResource.byUuid("caseId", cases::organisationOf);
	}

	@Bean
	TenantScopedResource attachmentIds(CaseAttachments attachments) {
		return TenantScopedResource.byUuid("attachmentId", attachments::organisationOf);
	}
}
