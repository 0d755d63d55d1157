package io.supportdesk.knowledge;

import java.time.Instant;

import io.supportdesk.shared.Language;

/**
 * One article found.
 *
 * @param lang the language of the text found (English where the reader's language has no translation)
 * @param snippet safe HTML: the best passage, HTML-escaped, with the matched words in {@code <mark>}
 * @param score how well it matches: a title match scores at least 1, other matches less than 1
 */
public record SearchHit(ArticleId id, Language lang, String slug, String title, String snippet, double score,
		Visibility visibility, ArticleKind kind, String category, TranslationState state, Instant publishedAt) {
}
