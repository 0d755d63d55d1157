package io.supportdesk.mail;

import java.time.Instant;

/**
 * How Supportdesk reads one support mailbox.
 *
 * @param mailbox the mailbox read ({@code user@host:port/folder})
 * @param lastSuccessfulPoll when it was last read without error (on this instance), null before the
 * first reading
 * @param lastError why the last reading failed, null when it did not
 */
public record InboundStatus(String mailbox, Instant lastSuccessfulPoll, String lastError) {
}
