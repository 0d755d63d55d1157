package io.supportdesk.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The sender runs as a db-scheduler recurring task: on one instance at a time, every two seconds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

	static final String TASK = "webhooks-sender";

	@Bean
	RecurringTask<Void> webhooksSenderTask(WebhookSender sender) {
		return Tasks.recurring(TASK, FixedDelay.of(Duration.ofSeconds(2))).execute((instance, context) -> sender.sendDue());
	}
}
