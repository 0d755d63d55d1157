package io.supportdesk.knowledge.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.supportdesk.knowledge.ArticleDetails;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.IssueStatus;
import io.supportdesk.knowledge.TranslationDraft;
import io.supportdesk.knowledge.TranslationState;
import io.supportdesk.knowledge.Visibility;
import io.supportdesk.shared.Language;

/** The request bodies of the knowledge base API. */
final class KnowledgeRequests {

	private KnowledgeRequests() {
	}

	/** A new article with its first translations. */
	record ArticleBody(@NotNull ArticleKind kind, @NotNull Visibility visibility, @Size(max = 60) String category,
			@Size(max = 200) String product, @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
			@Size(max = 50) List<@NotBlank @Size(max = 50) String> affectedVersions, IssueStatus issueStatus,
			@Size(max = 50) String fixedIn, @NotEmpty @Size(max = 4) List<@Valid @NotNull TranslationBody> translations) {

		ArticleDetails details() {
			return new ArticleDetails(kind, visibility, category, product, tags, affectedVersions, issueStatus, fixedIn);
		}

		List<TranslationDraft> drafts() {
			return translations.stream().map(TranslationBody::draft).toList();
		}
	}

	/** What the article is, whatever its language. */
	record DetailsBody(@NotNull ArticleKind kind, @NotNull Visibility visibility, @Size(max = 60) String category,
			@Size(max = 200) String product, @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
			@Size(max = 50) List<@NotBlank @Size(max = 50) String> affectedVersions, IssueStatus issueStatus,
			@Size(max = 50) String fixedIn) {

		ArticleDetails details() {
			return new ArticleDetails(kind, visibility, category, product, tags, affectedVersions, issueStatus, fixedIn);
		}
	}

	/** One translation of a new article. */
	record TranslationBody(@NotNull Language lang, @NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 1000) String summary, @NotBlank @Size(max = 100000) String body,
			@Size(max = 100000) String workaround, @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
			TranslationState state) {

		TranslationDraft draft() {
			return new TranslationDraft(lang, title, summary, body, workaround, slug, state);
		}
	}

	/** The text of a translation whose language the path names. */
	record TextBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 1000) String summary,
			@NotBlank @Size(max = 100000) String body, @Size(max = 100000) String workaround,
			@Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug, TranslationState state) {

		TranslationDraft draft(Language lang) {
			return new TranslationDraft(lang, title, summary, body, workaround, slug, state);
		}
	}

	/** "Was this helpful?" */
	record VoteBody(@NotNull Boolean helpful) {
	}
}
