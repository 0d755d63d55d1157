package io.supportdesk.knowledge;

import io.supportdesk.shared.Language;

/**
 * The text of an article in one language, as staff write it.
 *
 * @param slug the address part ({@code /kb/{lang}/{slug}}), unique per language; null: made from the title
 * @param body Markdown
 * @param workaround known issues: Markdown, or null
 * @param state the state it is saved in (null: a new translation is a draft, an existing one keeps its state)
 */
public record TranslationDraft(Language lang, String title, String summary, String body, String workaround, String slug,
		TranslationState state) {

	/** The same text in another state. */
	public TranslationDraft withState(TranslationState next) {
		return new TranslationDraft(lang, title, summary, body, workaround, slug, next);
	}

	/** A translation without workaround or chosen slug. */
	public static TranslationDraft of(Language lang, String title, String summary, String body, TranslationState state) {
		return new TranslationDraft(lang, title, summary, body, null, null, state);
	}
}
