package io.supportdesk.queue.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.supportdesk.shared.NavigationItem;

/** The queue is the agents' first page after home. */
@Configuration(proxyBeanMethods = false)
class QueueNavigation {

	@Bean
	NavigationItem consoleQueue() {
		return new NavigationItem("console", "/console/queue", "nav.queue", "STAFF", 10);
	}
}
