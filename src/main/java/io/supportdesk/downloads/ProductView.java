package io.supportdesk.downloads;

import java.util.List;

/**
 * A product with the versions its reader may see (newest release first).
 *
 * @param watching whether the reader asked to be told of new versions
 */
public record ProductView(ProductId id, String name, String description, List<VersionView> versions,
		boolean watching) {

	public ProductView {
		versions = List.copyOf(versions);
	}
}
