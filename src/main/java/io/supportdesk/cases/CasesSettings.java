package io.supportdesk.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code supportdesk.cases}.
 *
 * @param reopenWindow how long after resolution a customer's reply reopens the case
 */
@ConfigurationProperties("supportdesk.cases")
record CasesSettings(@DefaultValue("14d") Duration reopenWindow) {
}
