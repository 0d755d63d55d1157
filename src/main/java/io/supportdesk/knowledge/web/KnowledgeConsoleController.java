package io.supportdesk.knowledge.web;

import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.knowledge.ArticleId;
import io.supportdesk.knowledge.ArticleKind;
import io.supportdesk.knowledge.ArticleView;
import io.supportdesk.knowledge.IssueStatus;
import io.supportdesk.knowledge.KnowledgeBase;
import io.supportdesk.knowledge.Reader;
import io.supportdesk.knowledge.SearchQuery;
import io.supportdesk.knowledge.TranslationState;
import io.supportdesk.knowledge.Visibility;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.Refused;

/**
 * The staff's knowledge base pages, {@code /console/kb}: the articles with the state of each
 * translation, a new article, an article's details, each translation's editor (save, publish,
 * archive) and its version history with what changed.
 */
@Controller
@RequestMapping("/console/kb")
@PreAuthorize("hasRole('STAFF')")
class KnowledgeConsoleController {

	private final KnowledgeBase knowledge;

	private final ArticleText text;

	private final io.supportdesk.knowledge.Deflections deflections;

	private final io.supportdesk.knowledge.CaseLinks links;

	KnowledgeConsoleController(KnowledgeBase knowledge, ArticleText text, io.supportdesk.knowledge.Deflections deflections,
			io.supportdesk.knowledge.CaseLinks links) {
		this.knowledge = knowledge;
		this.text = text;
		this.deflections = deflections;
		this.links = links;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", knowledge.search(Reader.of(me), new SearchQuery(q, Languages.orCurrent(null, "lang"),
					null, null, null, 50)));
		}
		model.addAttribute("rows", knowledge.recent(me, 200));
		return "knowledge/console/list";
	}

	@GetMapping("/new")
	String newArticle(CurrentUser me, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", KnowledgeForms.NewArticleForm.empty(Languages.orCurrent(null, "lang")));
		}
		choices(me, model);
		return "knowledge/console/new";
	}

	@PostMapping
	String create(CurrentUser me, @ModelAttribute("form") KnowledgeForms.NewArticleForm form, BindingResult errors,
			Model model) {
		String done = attempt(errors, () -> {
			ArticleId id = knowledge.create(me, form.details(), java.util.List.of(form.draft()));
			return "redirect:/console/kb/" + id;
		});
		return done != null ? done : newArticle(me, model);
	}

	@GetMapping("/{articleId}")
	String article(CurrentUser me, @PathVariable String articleId, Model model) {
		ArticleView article = knowledge.article(Reader.of(me), id(articleId), Language.EN);
		model.addAttribute("article", article);
		java.util.Map<Language, ArticleView.TranslationRef> translations = new java.util.EnumMap<>(Language.class);
		article.languages().forEach(t -> translations.put(t.lang(), t));
		model.addAttribute("translations", translations);
		model.addAttribute("deflection", deflections.counts(me, article.id()));
		model.addAttribute("linked", links.ofArticle(Reader.of(me), article.id(), article.lang()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", KnowledgeForms.DetailsForm.of(article));
		}
		choices(me, model);
		return "knowledge/console/article";
	}

	@PostMapping("/{articleId}")
	String update(CurrentUser me, @PathVariable String articleId, @ModelAttribute("form") KnowledgeForms.DetailsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		String done = attempt(errors, () -> {
			knowledge.update(me, id(articleId), form.details());
			redirect.addFlashAttribute("notice", "kb.console.saved");
			return "redirect:/console/kb/" + articleId;
		});
		return done != null ? done : article(me, articleId, model);
	}

	@GetMapping("/{articleId}/translations/{lang}")
	String translation(CurrentUser me, @PathVariable String articleId, @PathVariable String lang, Model model) {
		Language language = Languages.of(lang, "lang");
		ArticleView article = knowledge.article(Reader.of(me), id(articleId), language);
		model.addAttribute("article", article);
		model.addAttribute("lang", language);
		model.addAttribute("exists", !article.fallback());
		model.addAttribute("bodyHtml", text.html(article.body()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", article.fallback() ? KnowledgeForms.TranslationForm.empty()
					: KnowledgeForms.TranslationForm.of(article));
		}
		model.addAttribute("states", TranslationState.values());
		return "knowledge/console/translation";
	}

	@PostMapping("/{articleId}/translations/{lang}")
	String save(CurrentUser me, @PathVariable String articleId, @PathVariable String lang,
			@ModelAttribute("form") KnowledgeForms.TranslationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Language language = Languages.of(lang, "lang");
		String done = attempt(errors, () -> {
			knowledge.saveTranslation(me, id(articleId), form.draft(language));
			redirect.addFlashAttribute("notice", "kb.console.saved");
			return "redirect:/console/kb/" + articleId;
		});
		return done != null ? done : translation(me, articleId, lang, model);
	}

	@PostMapping("/{articleId}/translations/{lang}/publish")
	String publish(CurrentUser me, @PathVariable String articleId, @PathVariable String lang, RedirectAttributes redirect) {
		knowledge.publish(me, id(articleId), Languages.of(lang, "lang"));
		redirect.addFlashAttribute("notice", "kb.console.published");
		return "redirect:/console/kb/" + articleId;
	}

	@PostMapping("/{articleId}/translations/{lang}/archive")
	String archive(CurrentUser me, @PathVariable String articleId, @PathVariable String lang, RedirectAttributes redirect) {
		knowledge.archive(me, id(articleId), Languages.of(lang, "lang"));
		redirect.addFlashAttribute("notice", "kb.console.archived");
		return "redirect:/console/kb/" + articleId;
	}

	@GetMapping("/{articleId}/translations/{lang}/history")
	String history(CurrentUser me, @PathVariable String articleId, @PathVariable String lang, Model model) {
		Language language = Languages.of(lang, "lang");
		model.addAttribute("article", knowledge.article(Reader.of(me), id(articleId), language));
		model.addAttribute("lang", language);
		java.util.List<io.supportdesk.knowledge.TranslationVersion> newestFirst = new java.util.ArrayList<>(
				knowledge.history(me, id(articleId), language));
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("versions", newestFirst);
		return "knowledge/console/history";
	}

	private void choices(CurrentUser me, Model model) {
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("issueStatuses", IssueStatus.values());
		model.addAttribute("states", TranslationState.values());
		model.addAttribute("categories", knowledge.categories(Reader.of(me), Languages.orCurrent(null, "lang")));
	}

	/** Runs the change; a refusal is shown next to the field it names (or above the form) and null returned. */
	private static String attempt(BindingResult errors, Supplier<String> change) {
		try {
			return change.get();
		}
		catch (InvalidInput invalid) {
			reject(errors, invalid, invalid.field());
		}
		catch (Conflict conflict) {
			reject(errors, conflict, conflict.field());
		}
		return null;
	}

	private static void reject(BindingResult errors, Refused refused, String field) {
		try {
			refused.refusal().rejectValue(errors, field.substring(field.lastIndexOf('.') + 1));
		}
		catch (NotReadablePropertyException notAField) {
			refused.refusal().reject(errors);
		}
	}

	private static ArticleId id(String text) {
		return ArticleId.parse(text, "articleId");
	}
}
