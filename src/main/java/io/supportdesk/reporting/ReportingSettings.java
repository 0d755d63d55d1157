package io.supportdesk.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.reporting}: how the staffing forecast learns and plans.
 *
 * @param forecastWeeks how many weeks of history before the forecast week the arrival rates are learned from
 * @param handleMinutes the average handle time per severity (1 to 4), in minutes — Supportdesk records no work
 *        time per case yet, so it is a setting rather than learned
 * @param serviceLevel the share of cases to answer within their first-response target
 */
@ConfigurationProperties("supportdesk.reporting")
record ReportingSettings(@DefaultValue("8") int forecastWeeks, @DefaultValue({ "60", "45", "30", "20" }) double[] handleMinutes,
		@DefaultValue("0.95") double serviceLevel) {

	double handle(int severity) {
		return handleMinutes[Math.max(0, Math.min(handleMinutes.length - 1, severity - 1))];
	}
}
