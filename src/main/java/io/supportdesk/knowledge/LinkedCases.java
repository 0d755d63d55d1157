package io.supportdesk.knowledge;

import java.util.List;

/**
 * The cases linked to an article.
 *
 * @param count how many there are: shown to every reader who may see the article
 * @param cases which ones, newest link first: staff only (empty for everyone else)
 */
public record LinkedCases(long count, List<LinkedCase> cases) {

	public LinkedCases {
		cases = List.copyOf(cases);
	}
}
