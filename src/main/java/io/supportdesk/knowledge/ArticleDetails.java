package io.supportdesk.knowledge;

import java.util.List;

/**
 * What an article is, whatever its language.
 *
 * @param category a category code ({@link KnowledgeBase#categories}), or null
 * @param product the product it concerns, or null for all
 * @param affectedVersions known issues only: the product versions affected
 * @param issueStatus known issues only: open or fixed (null for other kinds)
 * @param fixedIn known issues only: the version that fixes it, when fixed
 */
public record ArticleDetails(ArticleKind kind, Visibility visibility, String category, String product, List<String> tags,
		List<String> affectedVersions, IssueStatus issueStatus, String fixedIn) {

	public ArticleDetails {
		tags = tags == null ? List.of() : List.copyOf(tags);
		affectedVersions = affectedVersions == null ? List.of() : List.copyOf(affectedVersions);
	}

	/** An article of {@code kind} with nothing but its visibility and category. */
	public static ArticleDetails of(ArticleKind kind, Visibility visibility, String category) {
		return new ArticleDetails(kind, visibility, category, null, List.of(), List.of(), null, null);
	}
}
