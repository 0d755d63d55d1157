package io.supportdesk.downloads;

import java.time.Instant;

/**
 * A file of a version, as its readers see it.
 *
 * @param platform what it runs on ({@code linux-x64}, {@code windows-x64}, {@code macos-arm64}, {@code any}, …)
 * @param size     its length in bytes
 * @param sha256   the SHA-256 of its content, lower-case hex, computed while it was uploaded
 */
public record FileView(FileId id, VersionId versionId, String name, String platform, long size, String sha256,
		Instant uploadedAt) {
}
