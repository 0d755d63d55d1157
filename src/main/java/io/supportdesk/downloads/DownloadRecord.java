package io.supportdesk.downloads;

import java.time.Instant;
import java.util.UUID;

/**
 * One download in the audit: who, of which organisation (null for staff), which file, when, and how many
 * bytes were asked for and sent ({@code bytesSent} null while the response is still being written).
 */
public record DownloadRecord(UUID id, FileId fileId, String fileName, String version, UUID userId,
		String userEmail, UUID organisationId, Instant at, Long rangeStart, long bytesRequested, Long bytesSent) {
}
