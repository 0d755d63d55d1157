package io.supportdesk.cases;

import java.time.Instant;
import java.util.UUID;

import io.supportdesk.accounts.UserId;

/** An attachment's metadata; the content type is what was detected from the content, not what was claimed. */
public record AttachmentView(UUID id, CaseId caseId, String filename, String contentType, long size, String sha256,
		UserId uploadedBy, Instant uploadedAt) {
}
