package io.supportdesk.oncall;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supportdesk.oncall.*}.
 *
 * @param acknowledgeWithin how long a page waits for its acknowledgement before it goes to the next
 * level ({@code SUPPORTDESK_ONCALL_ACKNOWLEDGE_WITHIN})
 */
@ConfigurationProperties("supportdesk.oncall")
record OnCallSettings(@DefaultValue("5m") Duration acknowledgeWithin) {
}
