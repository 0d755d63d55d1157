package io.supportdesk.knowledge;

import java.util.List;

/**
 * What a search found.
 *
 * @param total how many articles match (the reader may see all of them; {@code hits} holds the first)
 * @param approximate whether full-text search found nothing and the hits are similar spellings
 */
public record SearchResults(List<SearchHit> hits, long total, boolean approximate) {

	public SearchResults {
		hits = List.copyOf(hits);
	}
}
