package io.supportdesk.knowledge.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.CaseManagement;
import io.supportdesk.cases.CaseView;
import io.supportdesk.knowledge.ArticleId;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.CaseLinks;
import io.supportdesk.knowledge.KnowledgeBase;
import io.supportdesk.knowledge.Reader;
import io.supportdesk.knowledge.SearchQuery;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.PublicUrl;

/**
 * The knowledge base on the console's case page and the cases on an article's console page: the
 * case's linked articles with "Create article from this case" ({@code /console/cases/{id}/kb}, a
 * fragment the case page loads), the search below the reply form whose hits insert a link into the
 * reply ({@code /console/cases/{id}/kb/insert} and {@code .../kb/search}), and linking and unlinking
 * from either side.
 */
@Controller
@PreAuthorize("hasRole('STAFF')")
class CaseLinkConsoleController {

	private final CaseLinks links;

	private final KnowledgeBase knowledge;

	private final CaseManagement cases;

	private final PublicUrl publicUrl;

	CaseLinkConsoleController(CaseLinks links, KnowledgeBase knowledge, CaseManagement cases,
			@Value(PublicUrl.PROPERTY) String publicUrl) {
		this.links = links;
		this.knowledge = knowledge;
		this.cases = cases;
		this.publicUrl = new PublicUrl(publicUrl);
	}

	@GetMapping("/console/cases/{caseId}/kb")
	String ofCase(CurrentUser me, @PathVariable String caseId, Model model) {
		CaseId id = CaseId.parse(caseId, "caseId");
		model.addAttribute("caseId", id);
		model.addAttribute("linkedArticles", links.ofCase(me, id));
		model.addAttribute("draftKinds", new ArticleKind[] { ArticleKind.KNOWN_ISSUE, ArticleKind.HOW_TO });
		return "knowledge/console/case :: panel";
	}

	@GetMapping("/console/cases/{caseId}/kb/insert")
	String insert(CurrentUser me, @PathVariable String caseId, Model model) {
		CaseId id = CaseId.parse(caseId, "caseId");
		cases.caseView(me, id);
		model.addAttribute("caseId", id);
		return "knowledge/console/case :: insert";
	}

	/** What the reply form's search box finds: the agent's view, in the case's language. */
	@GetMapping("/console/cases/{caseId}/kb/search")
	String search(CurrentUser me, @PathVariable String caseId, @RequestParam(required = false) String q, Model model) {
		CaseId id = CaseId.parse(caseId, "caseId");
		CaseView c = cases.caseView(me, id);
		model.addAttribute("caseId", id);
		model.addAttribute("q", q == null ? "" : q.strip());
		if (q != null && !q.isBlank()) {
			Language lang = Language.ofCode(c.language()).orElse(Language.EN);
			model.addAttribute("hits", knowledge.search(Reader.of(me), new SearchQuery(q.strip(), lang, null, null, null, 8))
				.hits());
		}
		model.addAttribute("publicUrl", publicUrl);
		return "knowledge/console/case :: hits";
	}

	@PostMapping("/console/cases/{caseId}/kb/links")
	String linkFromCase(CurrentUser me, @PathVariable String caseId, @RequestParam String articleId,
			RedirectAttributes redirect) {
		links.link(me, ArticleId.parse(articleId, "articleId"), CaseId.parse(caseId, "caseId"));
		redirect.addFlashAttribute("notice", "kb.links.linked");
		return "redirect:/console/cases/" + caseId;
	}

	@PostMapping("/console/cases/{caseId}/kb/links/{articleId}/delete")
	String unlinkFromCase(CurrentUser me, @PathVariable String caseId, @PathVariable String articleId,
			RedirectAttributes redirect) {
		links.unlink(me, ArticleId.parse(articleId, "articleId"), CaseId.parse(caseId, "caseId"));
		redirect.addFlashAttribute("notice", "kb.links.unlinked");
		return "redirect:/console/cases/" + caseId;
	}

	/** "Create article from this case": the draft's editor opens. */
	@PostMapping("/console/cases/{caseId}/kb/articles")
	String createFrom(CurrentUser me, @PathVariable String caseId, @RequestParam(required = false) String kind,
			RedirectAttributes redirect) {
		ArticleView draft = links.createFrom(me, CaseId.parse(caseId, "caseId"), KnowledgeApiController.kind(kind));
		redirect.addFlashAttribute("notice", "kb.links.drafted");
		return "redirect:/console/kb/" + draft.id() + "/translations/" + draft.lang().code();
	}

	/** Links the case with this reference (or id) from the article's console page. */
	@PostMapping("/console/kb/{articleId}/cases")
	String linkFromArticle(CurrentUser me, @PathVariable String articleId, @RequestParam(required = false) String reference,
			RedirectAttributes redirect) {
		ArticleId article = ArticleId.parse(articleId, "articleId");
		String given = reference == null ? "" : reference.strip();
		java.util.Optional<CaseId> found = given.isEmpty() ? java.util.Optional.empty()
				: cases.findByReference(given.toUpperCase(java.util.Locale.ROOT));
		if (found.isEmpty()) {
			knowledge.article(Reader.of(me), article, Language.EN);
			redirect.addFlashAttribute("linkError", "kb.links.unknownCase");
			redirect.addFlashAttribute("linkReference", given);
			return "redirect:/console/kb/" + articleId + "#kb-cases";
		}
		try {
			links.link(me, article, found.get());
		}
		catch (NotFound gone) {
			redirect.addFlashAttribute("linkError", "kb.links.unknownCase");
			return "redirect:/console/kb/" + articleId + "#kb-cases";
		}
		redirect.addFlashAttribute("notice", "kb.links.linked");
		return "redirect:/console/kb/" + articleId + "#kb-cases";
	}

	@PostMapping("/console/kb/{articleId}/cases/{caseId}/delete")
	String unlinkFromArticle(CurrentUser me, @PathVariable String articleId, @PathVariable String caseId,
			RedirectAttributes redirect) {
		links.unlink(me, ArticleId.parse(articleId, "articleId"), CaseId.parse(caseId, "caseId"));
		redirect.addFlashAttribute("notice", "kb.links.unlinked");
		return "redirect:/console/kb/" + articleId + "#kb-cases";
	}
}
