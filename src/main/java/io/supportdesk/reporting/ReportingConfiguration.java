package io.supportdesk.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.supportdesk.accounts.TenantScopedResource;

/** The reporting module's path variables for tenant isolation, and the aggregate's compaction. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ReportingSettings.class)
class ReportingConfiguration {

	/**
	 * A statement's month ({@code yyyy-MM}) belongs to no tenant: the organisation beside it in the path is
	 * checked, and {@link ComplianceStatements} answers 404 to a customer of another organisation.
	 */
	@Bean
	TenantScopedResource statementMonth() {
		return TenantScopedResource.openToEveryTenant("month");
	}

	/** Every minute, on one instance: each key of the SLA aggregate summed into one row ({@link SlaMonths#compact()}). */
	@Bean
	RecurringTask<Void> slaMonthCompactionTask(SlaMonths months) {
		return Tasks.recurring(SlaMonths.TASK, FixedDelay.ofMinutes(1)).execute((instance, context) -> months.compact());
	}
}
