package io.supportdesk.knowledge;

import java.time.Instant;

import io.supportdesk.shared.Language;

/**
 * An article linked to a case, as the case page shows it to staff.
 *
 * @param lang the language of {@code title} (the viewer's, else English)
 * @param slug its address in {@code lang}: {@code /kb/{lang}/{slug}}
 */
public record LinkedArticle(ArticleId id, ArticleKind kind, Visibility visibility, IssueStatus issueStatus, Language lang,
		String slug, String title, TranslationState state, Instant linkedAt) {
}
