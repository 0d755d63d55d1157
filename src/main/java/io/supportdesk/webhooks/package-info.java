/**
 * Webhooks: outbound HTTP calls for case and SLA events, signed the Standard Webhooks way. Staff
 * (managers) register endpoints for every organisation's events, a customer admin for their own
 * organisation's; {@link io.supportdesk.webhooks.Webhooks} is the API. An event becomes one delivery
 * per matching endpoint in an outbox ({@code webhooks_delivery}), written after the event's
 * transaction committed (registry-backed listeners) and sent by a db-scheduler task with retries and
 * exponential backoff; an endpoint whose delivery runs out of attempts is disabled and its owner told
 * by mail. Deliveries go only to public addresses unless
 * {@code supportdesk.webhooks.allow-private-addresses} is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "accounts", "cases", "sla", "mail", "oncall", "chat", "shared" })
package io.supportdesk.webhooks;
