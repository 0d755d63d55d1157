package io.supportdesk.knowledge;

import java.time.Instant;

import io.supportdesk.shared.Language;

/** A row of {@code knowledge_translation} as the writes need it. */
record StoredTranslation(ArticleId article, Language lang, String slug, String title, String summary, String body,
		String workaround, TranslationState state, Instant publishedAt, int revision) {

	/** Whether saving {@code draft} would change the text (title, summary, body, workaround). */
	boolean sameText(String title, String summary, String body, String workaround) {
		return this.title.equals(title) && this.summary.equals(summary) && this.body.equals(body)
				&& java.util.Objects.equals(this.workaround, workaround);
	}
}
