package io.supportdesk.knowledge;

import java.time.Instant;
import java.util.List;

import io.supportdesk.shared.Language;

/**
 * An article as one reader sees it, in one language.
 *
 * @param lang the language of the text shown
 * @param requested the language asked for
 * @param fallback whether the text is the English one because the requested language has none the
 * reader may see
 * @param languages the translations this reader may open
 * @param helpful "Was this helpful?" votes for this translation: yes
 * @param notHelpful and no
 */
public record ArticleView(ArticleId id, ArticleKind kind, Visibility visibility, String category, String product,
		List<String> tags, List<String> affectedVersions, IssueStatus issueStatus, String fixedIn, Language lang,
		Language requested, boolean fallback, String slug, String title, String summary, String body, String workaround,
		TranslationState state, Instant publishedAt, Instant updatedAt, int revision, List<TranslationRef> languages,
		long helpful, long notHelpful) {

	public ArticleView {
		tags = List.copyOf(tags);
		affectedVersions = List.copyOf(affectedVersions);
		languages = List.copyOf(languages);
	}

	/** One translation of an article: its language, address and state. */
	public record TranslationRef(Language lang, String slug, TranslationState state) {
	}
}
