package io.supportdesk.cases;

import java.time.Instant;

/**
 * One event of an imported case's history, as another service desk recorded it. {@code type} is
 * OPENED, CLASSIFIED, SUPPORT_REPLIED, INTERNAL_NOTE, WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, RESOLVED,
 * REOPENED or CLOSED; {@code severity}, {@code channel}, {@code reason} and {@code body} where the type
 * uses them.
 */
public record ImportedEvent(Instant at, String type, Integer severity, Channel channel, String reason, String body) {
}
