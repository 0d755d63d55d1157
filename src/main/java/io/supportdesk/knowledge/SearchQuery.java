package io.supportdesk.knowledge;

import io.supportdesk.shared.Language;

/**
 * A search of the knowledge base.
 *
 * @param text what the reader typed (web-search syntax: words, "a phrase", -excluded, or); blank lists
 * the newest articles
 * @param lang the reader's language: its translations are searched, and the English text of articles
 * that have none in it
 * @param kind, category, product filters, each null for any
 * @param limit at most this many hits (1–100)
 */
public record SearchQuery(String text, Language lang, ArticleKind kind, String category, String product, int limit) {

	/** Everything in {@code lang} matching {@code text}, the first 20. */
	public static SearchQuery of(String text, Language lang) {
		return new SearchQuery(text, lang, null, null, null, 20);
	}
}
