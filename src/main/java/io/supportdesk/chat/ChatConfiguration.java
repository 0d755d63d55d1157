package io.supportdesk.chat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.accounts.TenantScopedResource;

/** A chat, and each file sent in it, belongs to the organisation of the customer who started it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatSettings.class)
class ChatConfiguration {

	@Bean
	TenantScopedResource chatIds(ChatManagement chats) {
		return TenantScopedResource.byUuid("chatId", chats::organisationOf);
	}

	@Bean
	TenantScopedResource chatAttachmentIds(ChatAttachments attachments) {
		return TenantScopedResource.byUuid("chatAttachmentId", attachments::organisationOf);
	}
}
