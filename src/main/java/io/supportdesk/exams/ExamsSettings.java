package io.supportdesk.exams;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.exams}: the default rules a customer's booking keeps (a manager
 * sets them per plan; staff may record any window) and the staff's capacity.
 *
 * @param maxWindowLength the longest window a customer may book, by default
 * @param leadBusinessDays how many business days ahead (on the plan's calendar) a window must start, by default
 * @param cancellationCutoff how long before a window a customer may still cancel it, by default
 * @param capacityPerHour how many organisations' exam sessions support covers at once in any hour
 */
@ConfigurationProperties("supportdesk.exams")
record ExamsSettings(@DefaultValue("12h") Duration maxWindowLength, @DefaultValue("2") int leadBusinessDays,
		@DefaultValue("24h") Duration cancellationCutoff, @DefaultValue("3") int capacityPerHour) {

	ExamBookingRules defaultRules() {
		return new ExamBookingRules(leadBusinessDays, maxWindowLength, cancellationCutoff);
	}
}
