package io.supportdesk.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** Where the knowledge base appears in the two shells. */
@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

	@Bean
	NavigationItem knowledgeInPortal() {
		return new NavigationItem("portal", "/kb", "kb.nav", "CUSTOMER", 15);
	}

	@Bean
	NavigationItem knowledgeInConsole() {
		return new NavigationItem("console", "/console/kb", "kb.nav", "STAFF", 20);
	}
}
