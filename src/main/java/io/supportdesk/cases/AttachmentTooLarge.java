package io.supportdesk.cases;

import io.supportdesk.shared.TooLarge;

/** An attachment above the configured limit; answers 413. */
class AttachmentTooLarge extends TooLarge {

	AttachmentTooLarge(long limit) {
		super("Attachments may be at most " + (limit / (1024 * 1024)) + " MB");
	}
}
