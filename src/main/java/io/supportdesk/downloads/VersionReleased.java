package io.supportdesk.downloads;

/** A new version of a product was released (published after its transaction commits). */
public record VersionReleased(ProductId productId, VersionId versionId, String product, String version,
		Channel channel) {
}
