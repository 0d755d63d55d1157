package io.supportdesk.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The outbox's sender runs as a db-scheduler recurring task: on one instance at a time, every few seconds. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	static final String TASK = "mail-outbox";

	@Bean
	RecurringTask<Void> mailOutboxTask(OutboxSender sender) {
		return Tasks.recurring(TASK, FixedDelay.of(Duration.ofSeconds(2))).execute((instance, context) -> sender.sendDue());
	}
}
