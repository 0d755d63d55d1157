package io.supportdesk.downloads;

import java.time.Instant;
import java.util.List;

/**
 * A version of a product with the files its reader may download.
 *
 * @param releaseNotes Markdown, rendered safely by the pages
 */
public record VersionView(VersionId id, ProductId productId, String version, Channel channel,
		SupportStatus supportStatus, String releaseNotes, Instant releasedAt, List<FileView> files) {

	public VersionView {
		files = List.copyOf(files);
	}
}
