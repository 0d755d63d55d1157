package io.supportdesk.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * What a notice about a product or a suggestion says, as facts (rendered in each reader's language and
 * zone when read).
 *
 * @param id        the product (new versions) or suggestion (status changes) it is about
 * @param reference the version number, or the suggestion's new status's detail (a version shipped in)
 * @param subject   the product's name, or the suggestion's title
 * @param detail    the channel of the version, or the suggestion's new status
 * @param at        the release, or the change
 * @param body      more text for the mail (the product team's response), or null
 * @param link      the page it is about, a path ({@code /portal/downloads/…})
 */
record Topic(NoticeKind kind, UUID id, String reference, String subject, String detail, Instant at, String body,
		String link) {
}
