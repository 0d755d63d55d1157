package io.supportdesk.knowledge.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.knowledge.ArticleId;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.CaseLinks;
import io.supportdesk.knowledge.LinkedArticle;
import io.supportdesk.knowledge.LinkedCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cases linked to knowledge base articles, {@code /api/kb/articles/{id}/cases} and
 * {@code /api/cases/{id}/articles}: staff link and unlink them and draft an article from a case;
 * every reader of an article learns its count of linked cases.
 */
@RestController
@Tag(name = "Knowledge base")
class CaseLinkApiController {

	private final CaseLinks links;

	CaseLinkApiController(CaseLinks links) {
		this.links = links;
	}

	@GetMapping("/api/kb/articles/{articleId}/cases")
	@Operation(summary = "The cases linked to an article", description = "`count` for everyone who may see the article "
			+ "(signed out too, for a public one); `cases` (the newest 50 links) for staff only, empty for others.")
	LinkedCases ofArticle(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@Parameter(description = "en, de, fr or es: the article must be readable in it or in English, as for "
					+ "GET /api/kb/articles/{articleId}; default: Accept-Language, else en")
			@RequestParam(required = false) String lang) {
		return links.ofArticle(KnowledgeApiController.reader(principal), article(articleId), Languages.orCurrent(lang, "lang"));
	}

	@PostMapping("/api/kb/articles/{articleId}/cases")
	@Operation(summary = "Links a case to an article", description = "Staff only; any kind of article (a known issue the "
			+ "case hit, a how-to that answered it). 201 for a new link, 200 if they were linked already; 404 for a case "
			+ "or an article that does not exist.")
	ResponseEntity<LinkedCases> link(CurrentUser me, @PathVariable String articleId, @Valid @RequestBody LinkBody body) {
		ArticleId id = article(articleId);
		boolean added = links.link(me, id, body.caseId());
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
			.body(links.ofArticle(io.supportdesk.knowledge.Reader.of(me), id, io.supportdesk.shared.Language.EN));
	}

	@DeleteMapping("/api/kb/articles/{articleId}/cases/{caseId}")
	@Operation(summary = "Unlinks a case from an article", description = "Staff only; 204 whether or not they were linked.")
	ResponseEntity<Void> unlink(CurrentUser me, @PathVariable String articleId, @PathVariable String caseId) {
		links.unlink(me, article(articleId), CaseId.parse(caseId, "caseId"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/cases/{caseId}/articles")
	@Operation(summary = "The articles linked to a case", description = "Staff only; titled in the caller's language "
			+ "(else English), the oldest link first.")
	List<LinkedArticle> ofCase(CurrentUser me, @PathVariable String caseId) {
		return links.ofCase(me, CaseId.parse(caseId, "caseId"));
	}

	@PostMapping("/api/cases/{caseId}/articles")
	@Operation(summary = "Drafts an article from a case", description = "Staff only. A draft, internal article of `kind` "
			+ "(HOW_TO or KNOWN_ISSUE) in the case's language: the subject as title, the last public reply of support "
			+ "(else the description) as body; linked to the case. Answers the draft.")
	ResponseEntity<ArticleView> createFrom(CurrentUser me, @PathVariable String caseId, @Valid @RequestBody FromCaseBody body) {
		ArticleView draft = links.createFrom(me, CaseId.parse(caseId, "caseId"), body.kind());
		return ResponseEntity.created(URI.create("/api/kb/articles/" + draft.id())).body(draft);
	}

	private static ArticleId article(String text) {
		return ArticleId.parse(text, "articleId");
	}

	/** The case to link. */
	record LinkBody(@NotNull CaseId caseId) {
	}

	/** The kind of article to draft from a case. */
	record FromCaseBody(@NotNull ArticleKind kind) {
	}

}
