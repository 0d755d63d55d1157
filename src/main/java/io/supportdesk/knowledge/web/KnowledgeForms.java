package io.supportdesk.knowledge.web;

import java.util.Arrays;
import java.util.List;

import io.supportdesk.knowledge.ArticleDetails;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.IssueStatus;
import io.supportdesk.knowledge.TranslationDraft;
import io.supportdesk.knowledge.TranslationState;
import io.supportdesk.knowledge.Visibility;
import io.supportdesk.shared.Language;

/** The console's knowledge base forms; lists (tags, versions) are typed comma-separated. */
final class KnowledgeForms {

	private KnowledgeForms() {
	}

	/** A new article and its first translation. */
	record NewArticleForm(ArticleKind kind, Visibility visibility, String category, String product, String tags,
			String affectedVersions, IssueStatus issueStatus, String fixedIn, String lang, String title, String summary,
			String body, String workaround, String slug, TranslationState state) {

		static NewArticleForm empty(Language lang) {
			return new NewArticleForm(ArticleKind.HOW_TO, Visibility.PUBLIC, null, null, "", "", null, null, lang.code(), "",
					"", "", "", "", TranslationState.DRAFT);
		}

		ArticleDetails details() {
			return new DetailsForm(kind, visibility, category, product, tags, affectedVersions, issueStatus, fixedIn).details();
		}

		TranslationDraft draft() {
			return new TranslationForm(title, summary, body, workaround, slug, state).draft(Languages.of(lang, "lang"));
		}
	}

	/** What the article is. */
	record DetailsForm(ArticleKind kind, Visibility visibility, String category, String product, String tags,
			String affectedVersions, IssueStatus issueStatus, String fixedIn) {

		static DetailsForm of(ArticleView a) {
			return new DetailsForm(a.kind(), a.visibility(), a.category(), a.product(), String.join(", ", a.tags()),
					String.join(", ", a.affectedVersions()), a.issueStatus(), a.fixedIn());
		}

		ArticleDetails details() {
			return new ArticleDetails(kind, visibility, category == null || category.isBlank() ? null : category, product,
					list(tags), list(affectedVersions), issueStatus, fixedIn);
		}
	}

	/** The text of one translation. */
	record TranslationForm(String title, String summary, String body, String workaround, String slug,
			TranslationState state) {

		static TranslationForm of(ArticleView a) {
			return new TranslationForm(a.title(), a.summary(), a.body(), a.workaround() == null ? "" : a.workaround(),
					a.slug(), a.state());
		}

		static TranslationForm empty() {
			return new TranslationForm("", "", "", "", "", TranslationState.DRAFT);
		}

		TranslationDraft draft(Language lang) {
			return new TranslationDraft(lang, title, summary, body, workaround, slug, state);
		}
	}

	static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
