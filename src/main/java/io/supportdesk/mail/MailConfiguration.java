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
@EnableConfigurationProperties({ MailSettings.class, InboundSettings.class })
class MailConfiguration {

	static final String TASK = "mail-outbox";

	static final String INBOUND_TASK = "mail-inbound";

	@Bean
	RecurringTask<Void> mailInboundTask(InboundReader reader, InboundSettings settings) {
		return Tasks.recurring(INBOUND_TASK, FixedDelay.of(settings.pollInterval()))
			.execute((instance, context) -> reader.poll());
	}

	/** The configured support mailbox, when {@code supportdesk.mail.inbound.host} is set. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("supportdesk.mail.inbound.host")
	Mailbox configuredMailbox(InboundSettings settings) {
		boolean secure = "imaps".equalsIgnoreCase(settings.protocol());
		return new Mailbox(settings.protocol(), settings.host(),
				settings.port() != null ? settings.port() : secure ? 993 : 143, settings.username(), settings.password(),
				settings.folder(), settings.defaultSeverity(), settings.language());
	}

	@Bean
	RecurringTask<Void> mailOutboxTask(OutboxSender sender) {
		return Tasks.recurring(TASK, FixedDelay.of(Duration.ofSeconds(2))).execute((instance, context) -> sender.sendDue());
	}
}
