package io.supportdesk.knowledge.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.supportdesk.accounts.AccountPrincipal;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.Deflections;
import io.supportdesk.knowledge.KnowledgeBase;
import io.supportdesk.knowledge.Reader;
import io.supportdesk.knowledge.SearchQuery;
import io.supportdesk.shared.Language;

/**
 * The knowledge base's pages, {@code /kb}: search with filters and highlighted passages, and each
 * article at {@code /kb/{lang}/{slug}} — open to everyone signed out (public articles), to customers
 * (theirs too) and to staff (everything). The search language is the page's language.
 */
@Controller
@RequestMapping("/kb")
class KnowledgePageController {

	private final KnowledgeBase knowledge;

	private final ArticleText text;

	private final Deflections deflections;

	private final io.supportdesk.knowledge.CaseLinks links;

	KnowledgePageController(KnowledgeBase knowledge, ArticleText text, Deflections deflections,
			io.supportdesk.knowledge.CaseLinks links) {
		this.knowledge = knowledge;
		this.text = text;
		this.deflections = deflections;
		this.links = links;
	}

	@GetMapping
	String search(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String category,
			@RequestParam(required = false) String product, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Reader reader = KnowledgeApiController.reader(principal);
		Language lang = Languages.orCurrent(null, "lang");
		ArticleKind chosenKind = KnowledgeApiController.kind(kind);
		String chosenCategory = KnowledgeApiController.blank(category);
		model.addAttribute("results", knowledge.search(reader, new SearchQuery(q, lang, chosenKind, chosenCategory,
				KnowledgeApiController.blank(product), 30)));
		model.addAttribute("categories", knowledge.categories(reader, lang));
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("kind", chosenKind == null ? "" : chosenKind.name());
		model.addAttribute("category", chosenCategory == null ? "" : chosenCategory);
		model.addAttribute("product", product == null ? "" : product);
		return htmx != null ? "knowledge/search :: results" : "knowledge/search";
	}

	@GetMapping("/{lang}/{slug}")
	String article(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String lang,
			@PathVariable String slug, @RequestParam(required = false) String form, Model model) {
		Language language = Languages.of(lang, "lang");
		Reader reader = KnowledgeApiController.reader(principal);
		ArticleView article = knowledge.articleBySlug(reader, language, slug);
		if (form != null && principal != null && principal.currentUser().isCustomer()) {
			openedFrom(principal, form, article);
		}
		model.addAttribute("article", article);
		model.addAttribute("bodyHtml", text.html(article.body()));
		model.addAttribute("workaroundHtml", text.html(article.workaround()));
		model.addAttribute("linked", links.ofArticle(reader, article.id(), article.lang()));
		model.addAttribute("staff", principal != null && principal.currentUser().isStaff());
		model.addAttribute("signedIn", principal != null);
		return "knowledge/article";
	}

	/** Counts the article as opened from the new-case form {@code form} (an id that is no UUID is ignored). */
	private void openedFrom(AccountPrincipal principal, String form, ArticleView article) {
		try {
			deflections.opened(principal.currentUser(), java.util.UUID.fromString(form), article.id());
		}
		catch (IllegalArgumentException notAnId) {
			// a link someone edited: nothing to count
		}
	}

	@PostMapping("/{lang}/{slug}/vote")
	String vote(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String lang, @PathVariable String slug,
			@RequestParam boolean helpful, RedirectAttributes redirect) {
		Language language = Languages.of(lang, "lang");
		ArticleView article = knowledge.articleBySlug(KnowledgeApiController.reader(principal), language, slug);
		knowledge.vote(principal.currentUser(), article.id(), article.lang(), helpful);
		redirect.addFlashAttribute("voted", true);
		return "redirect:/kb/" + language.code() + "/" + UriUtils.encodePathSegment(slug, "UTF-8") + "#helpful";
	}
}
