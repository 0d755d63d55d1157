package io.supportdesk.knowledge;

import java.time.Instant;
import java.util.List;

/** An article in the staff's list: its details and the state of each translation. */
public record ArticleRow(ArticleId id, ArticleKind kind, Visibility visibility, String category, String title,
		List<ArticleView.TranslationRef> translations, Instant updatedAt) {

	public ArticleRow {
		translations = List.copyOf(translations);
	}
}
