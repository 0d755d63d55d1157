package io.supportdesk.exams;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.exams}: the rules a customer's booking must keep (staff may record
 * any window).
 *
 * @param maxWindowLength the longest window a customer may book
 * @param leadBusinessDays how many business days ahead (on the plan's calendar) a window must start
 */
@ConfigurationProperties("supportdesk.exams")
record ExamsSettings(@DefaultValue("12h") Duration maxWindowLength, @DefaultValue("2") int leadBusinessDays) {
}
