package io.supportdesk.cases;

import io.supportdesk.shared.TooLarge;

/** An attachment above the configured limit; answers 413. */
class AttachmentTooLarge extends TooLarge {

	private static final long serialVersionUID = 1L;

	AttachmentTooLarge(long limit) {
		super("refusal.cases.attachment.tooLarge", limit / (1024 * 1024));
	}
}
