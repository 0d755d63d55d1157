package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.UserId;

/**
 * One event of an imported case's history, as another service desk recorded it. {@code type} is
 * OPENED, CLASSIFIED, SUPPORT_REPLIED, INTERNAL_NOTE, WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, RESOLVED,
 * REOPENED or CLOSED; {@code severity}, {@code channel}, {@code reason} and {@code body} where the type
 * uses them.
 *
 * @param author the member of staff who did it, for the types support does (all but OPENED and
 *               CUSTOMER_REPLIED, which are the requester's); null: the importer
 */
public record ImportedEvent(Instant at, String type, Integer severity, Channel channel, String reason, String body,
		UserId author) {

	/** An event done by the importer (or, for OPENED and CUSTOMER_REPLIED, by the requester). */
	public ImportedEvent(Instant at, String type, Integer severity, Channel channel, String reason, String body) {
		this(at, type, severity, channel, reason, body, null);
	}
}
