package io.supportdesk.webhooks;

/**
 * A new endpoint and its signing secret, shown this once ({@code whsec_} and base64, as Standard
 * Webhooks writes it).
 */
public record CreatedWebhook(WebhookEndpoint endpoint, String secret) {
}
