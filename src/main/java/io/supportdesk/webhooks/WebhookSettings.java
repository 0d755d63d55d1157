package io.supportdesk.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supportdesk.webhooks.*}.
 *
 * @param allowPrivateAddresses whether endpoints may be on loopback, private, link-local or other
 * non-public addresses (off: such URLs are refused at registration and at every delivery; tests and
 * the demo turn it on)
 * @param maxAttempts how many times a delivery is tried; when the last fails, its endpoint is disabled
 * @param retryBackoff the wait after the first failed attempt; it doubles with every further one
 * (10 attempts from 10 s: the last about 85 minutes after the one before, some 2.8 hours in all)
 * @param timeout how long an endpoint has to answer
 */
@ConfigurationProperties("supportdesk.webhooks")
record WebhookSettings(@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue("10") int maxAttempts,
		@DefaultValue("10s") Duration retryBackoff, @DefaultValue("10s") Duration timeout) {
}
