package io.supportdesk.knowledge.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.knowledge.ArticleId;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.KnowledgeBase;
import io.supportdesk.knowledge.Reader;
import io.supportdesk.knowledge.SearchHit;
import io.supportdesk.knowledge.SearchQuery;
import io.supportdesk.knowledge.SearchResults;
import io.supportdesk.knowledge.TranslationVersion;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The knowledge base, {@code /api/kb}: reading needs no sign-in (public articles), writing is for staff. */
@RestController
@RequestMapping("/api/kb")
@Tag(name = "Knowledge base", description = "Articles in four languages: search, read, suggestions for a case being "
		+ "typed; staff write them. Signed out: public articles; customers whose plan includes the knowledge base: "
		+ "also customer articles; staff: everything, drafts and internal articles too. An article the caller may not "
		+ "see answers 404 and is absent from every result.")
class KnowledgeApiController {

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping("/articles")
	@Operation(summary = "Searches the articles the caller may see", description = "Full-text search in the language "
			+ "`lang` (stems, accents folded; web-search syntax: \"a phrase\", -word, or), the English text of articles "
			+ "without that language too; title matches first, then the newer. `snippet` is safe HTML with the matches "
			+ "in `<mark>`. When nothing matches, similar spellings of titles answer (`approximate`). Without `q`: the "
			+ "newest articles. Very common words rank and count the newest 500 matches per language (`atLeast`).")
	Results search(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String q,
			@Parameter(description = "en, de, fr or es; default: Accept-Language, else en") @RequestParam(required = false) String lang,
			@Parameter(description = "HOW_TO, KNOWN_ISSUE or FAQ") @RequestParam(required = false) String kind,
			@Parameter(description = "a category code; its subcategories count too") @RequestParam(required = false) String category,
			@RequestParam(required = false) String product, @RequestParam(defaultValue = "20") int limit) {
		SearchResults found = knowledge.search(reader(principal),
				new SearchQuery(q, Languages.orCurrent(lang, "lang"), kind(kind), blank(category), blank(product), limit));
		return new Results(found.total(), found.atLeast(), found.approximate(), found.hits().stream().map(Result::of).toList());
	}

	@GetMapping("/articles/{articleId}")
	@Operation(summary = "One article in a language", description = "In `lang` if it has that translation (one the "
			+ "caller may see), else in English with `fallback: true`. `body` is Markdown.")
	ArticleView article(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@RequestParam(required = false) String lang) {
		return knowledge.article(reader(principal), ArticleId.parse(articleId, "articleId"), Languages.orCurrent(lang, "lang"));
	}

	@PostMapping("/articles")
	@Operation(summary = "Writes a new article with its translations", description = "Staff only. A translation "
			+ "without `state` is a draft; without `slug` its address is made from the title.")
	ResponseEntity<Map<String, Object>> create(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @RequestBody KnowledgeRequests.ArticleBody body) {
		ArticleId id = knowledge.create(user(principal), body.details(), body.drafts());
		return ResponseEntity.created(URI.create("/api/kb/articles/" + id)).body(Map.of("id", id));
	}

	@PutMapping("/articles/{articleId}")
	@Operation(summary = "Changes what the article is", description = "Staff only: kind, visibility, category, "
			+ "product, tags and the known-issue facts.")
	ArticleView update(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@Valid @RequestBody KnowledgeRequests.DetailsBody body) {
		ArticleId id = ArticleId.parse(articleId, "articleId");
		knowledge.update(user(principal), id, body.details());
		return knowledge.article(reader(principal), id, Language.EN);
	}

	@PutMapping("/articles/{articleId}/translations/{lang}")
	@Operation(summary = "Writes a translation (new, or a new revision)", description = "Staff only. The state may "
			+ "stay or move on (DRAFT → PUBLISHED → ARCHIVED), never back; every change is kept as a revision.")
	ArticleView translation(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@PathVariable String lang, @Valid @RequestBody KnowledgeRequests.TextBody body) {
		ArticleId id = ArticleId.parse(articleId, "articleId");
		Language language = Languages.of(lang, "lang");
		knowledge.saveTranslation(user(principal), id, body.draft(language));
		return knowledge.article(reader(principal), id, language);
	}

	@GetMapping("/articles/{articleId}/translations/{lang}/versions")
	@Operation(summary = "The translation's revisions, oldest first", description = "Staff only: who saved each, when, "
			+ "and its lines kept, added and removed against the revision before.")
	List<TranslationVersion> versions(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@PathVariable String lang) {
		return knowledge.history(user(principal), ArticleId.parse(articleId, "articleId"), Languages.of(lang, "lang"));
	}

	@PostMapping("/articles/{articleId}/translations/{lang}/votes")
	@Operation(summary = "Was this helpful?", description = "Signed-in readers; one vote per user and translation, "
			+ "a second one replaces the first.")
	ResponseEntity<Void> vote(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String articleId,
			@PathVariable String lang, @Valid @RequestBody KnowledgeRequests.VoteBody body) {
		knowledge.vote(user(principal), ArticleId.parse(articleId, "articleId"), Languages.of(lang, "lang"), body.helpful());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Articles for a case being typed", description = "What the new-case form shows beside it: the "
			+ "five published articles the caller may see that best match any words of subject and description.")
	List<Result> suggestions(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String description,
			@RequestParam(required = false) String lang) {
		return knowledge.suggestions(reader(principal), subject, description, Languages.orCurrent(lang, "lang")).stream()
			.map(Result::of).toList();
	}

	static Reader reader(AccountPrincipal principal) {
		return Reader.of(principal == null ? null : principal.currentUser());
	}

	private static io.supportdesk.accounts.CurrentUser user(AccountPrincipal principal) {
		if (principal == null) {
			throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Not signed in");
		}
		return principal.currentUser();
	}

	static ArticleKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ArticleKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInput("kind", "refusal.knowledge.kind.missing");
		}
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A page of results: {@code total} matches ({@code atLeast}: that many or more — very common words are
	 * counted up to a bound), {@code approximate} when they are similar spellings.
	 */
	record Results(long total, boolean atLeast, boolean approximate, List<Result> results) {
	}

	/** One article found; {@code url} is its page. */
	record Result(String id, String lang, String title, String snippet, double score, String visibility, String kind,
			String category, String url) {

		static Result of(SearchHit hit) {
			return new Result(hit.id().toString(), hit.lang().code(), hit.title(), hit.snippet(),
					Math.round(hit.score() * 10000) / 10000.0, hit.visibility().name(), hit.kind().name(), hit.category(),
					"/kb/" + hit.lang().code() + "/" + hit.slug());
		}
	}
}
