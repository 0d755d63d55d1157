package io.supportdesk.webhooks;

import java.util.List;

/**
 * An endpoint to register.
 *
 * @param url where deliveries are POSTed: {@code https://} (or {@code http://}), a public address
 * @param events dotted event names ({@code case.opened}, …) or {@code "*"} for all
 * @param description what it is for, optional
 */
public record NewWebhook(String url, List<String> events, String description) {
}
