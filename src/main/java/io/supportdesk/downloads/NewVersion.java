package io.supportdesk.downloads;

import java.time.Instant;

/**
 * A version to release; a missing channel is {@link Channel#GA}, a missing support status
 * {@link SupportStatus#CURRENT}, a missing release instant now.
 */
public record NewVersion(String version, Channel channel, SupportStatus supportStatus, String releaseNotes,
		Instant releasedAt) {
}
