package io.supportdesk.mail;

import java.time.Instant;

/**
 * How Supportdesk reads the support mailbox.
 *
 * @param reading whether a mailbox is configured (or the demo's embedded one runs); off, no mail is read
 * @param mailbox the mailbox read ({@code user@host:port/folder}), null when off
 * @param lastSuccessfulPoll when it was last read without error, null before the first reading
 * @param lastError why the last reading failed, null when it did not
 */
public record InboundStatus(boolean reading, String mailbox, Instant lastSuccessfulPoll, String lastError) {
}
