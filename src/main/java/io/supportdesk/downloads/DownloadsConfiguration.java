package io.supportdesk.downloads;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/**
 * Products, versions and files belong to the vendor, not to a tenant: every customer may address them by
 * id, and {@link ProductCatalogue} answers 404 for whatever the reader's subscriptions do not open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DownloadsSettings.class)
class DownloadsConfiguration {

	@Bean
	TenantScopedResource productIds() {
		return TenantScopedResource.openToEveryTenant("productId");
	}

	@Bean
	TenantScopedResource versionIds() {
		return TenantScopedResource.openToEveryTenant("versionId");
	}

	@Bean
	TenantScopedResource fileIds() {
		return TenantScopedResource.openToEveryTenant("fileId");
	}
}
