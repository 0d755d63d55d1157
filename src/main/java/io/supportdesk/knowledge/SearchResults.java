package io.supportdesk.knowledge;

import java.util.List;

/**
 * What a search found.
 *
 * @param total how many articles match that the reader may see ({@code hits} holds the first)
 * @param atLeast whether {@code total} is a lower bound: a search ranks and counts a bounded number of
 * candidates, so very common words report "at least" that many
 * @param approximate whether full-text search found nothing and the hits are similar spellings
 */
public record SearchResults(List<SearchHit> hits, long total, boolean atLeast, boolean approximate) {

	public SearchResults {
		hits = List.copyOf(hits);
	}
}
