package io.supportdesk.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportdesk.accounts.OrganisationId;

/**
 * A registered endpoint, as its owners see it (never its secret: that is shown once, at creation).
 *
 * @param organisationId the organisation whose events it receives; null for a staff endpoint, which
 * receives every organisation's
 * @param events the dotted event names it subscribes to, or {@code ["*"]} for all
 * @param enabled false once a delivery ran out of attempts ({@code disabledReason} says which), until
 * an owner enables it again
 */
public record WebhookEndpoint(UUID id, OrganisationId organisationId, String url, String description,
		List<String> events, boolean enabled, String disabledReason, Instant disabledAt, Instant createdAt) {

	/** Whether it subscribes to this event type. */
	public boolean subscribesTo(WebhookEventType type) {
		return events.contains("*") || events.contains(type.dotted());
	}
}
