package io.supportdesk.suggestions.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.suggestions.NewSuggestion;
import io.supportdesk.suggestions.StatusChange;
import io.supportdesk.suggestions.SuggestionBoard;
import io.supportdesk.suggestions.SuggestionId;
import io.supportdesk.suggestions.SuggestionSort;
import io.supportdesk.suggestions.SuggestionStatus;
import io.supportdesk.suggestions.SuggestionView;

/**
 * The suggestion pages, {@code /portal/suggestions} for customers and {@code /console/suggestions} for
 * staff: the board (sorted by votes, trending or newest; filtered by product and status), a new
 * suggestion with similar ones shown while typing (htmx, debounced), a suggestion with its vote and follow
 * toggles, comments and status history; staff also answer with a status, merge a duplicate and see the
 * demand; a TAM votes for one of their accounts. A merged duplicate redirects to the suggestion it joined.
 */
@Controller
class SuggestionPagesController {

	private final SuggestionBoard board;

	private final TamManagement tams;

	private final MessageSource messages;

	SuggestionPagesController(SuggestionBoard board, TamManagement tams, MessageSource messages) {
		this.board = board;
		this.tams = tams;
		this.messages = messages;
	}

	@GetMapping({ "/portal/suggestions", "/console/suggestions" })
	String list(CurrentUser me, @RequestParam(required = false) String product,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort, Model model) {
		SuggestionSort order = SuggestionApiController.sort(sort);
		model.addAttribute("base", base(me));
		model.addAttribute("suggestions", board.list(me, product, SuggestionApiController.status(status), order));
		model.addAttribute("product", product);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("sort", order.name());
		model.addAttribute("statuses", SuggestionStatus.values());
		model.addAttribute("sorts", SuggestionSort.values());
		return "suggestions/list";
	}

	@GetMapping({ "/portal/suggestions/new", "/console/suggestions/new" })
	String form(CurrentUser me, Model model) {
		model.addAttribute("base", base(me));
		model.addAttribute("similar", List.of());
		return "suggestions/new";
	}

	@GetMapping({ "/portal/suggestions/similar", "/console/suggestions/similar" })
	String similar(CurrentUser me, @RequestParam(required = false) String title,
			@RequestParam(required = false) String product, Model model) {
		model.addAttribute("base", base(me));
		model.addAttribute("similar", board.similar(me, title, product));
		return "suggestions/new :: similar";
	}

	@PostMapping({ "/portal/suggestions", "/console/suggestions" })
	String submit(CurrentUser me, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) String product, Model model) {
		try {
			SuggestionId id = board.submit(me, new NewSuggestion(title, description, product));
			return "redirect:" + base(me) + "/" + id;
		}
		catch (InvalidInput refused) {
			model.addAttribute("refusedField", refused.field());
			model.addAttribute("refusal", messages.getMessage(refused.refusal(), LocaleContextHolder.getLocale()));
			model.addAttribute("title", title);
			model.addAttribute("description", description);
			model.addAttribute("product", product);
			model.addAttribute("base", base(me));
			model.addAttribute("similar", board.similar(me, title, product));
			return "suggestions/new";
		}
	}

	@GetMapping({ "/portal/suggestions/{suggestionId}", "/console/suggestions/{suggestionId}" })
	String show(CurrentUser me, @PathVariable String suggestionId, Model model) {
		SuggestionId id = SuggestionApiController.id(suggestionId);
		var merged = board.mergedInto(me, id);
		if (merged.isPresent()) {
			return "redirect:" + base(me) + "/" + merged.get();
		}
		SuggestionView suggestion = board.view(me, id);
		model.addAttribute("base", base(me));
		model.addAttribute("s", suggestion);
		model.addAttribute("staff", me.isStaff());
		model.addAttribute("statuses", SuggestionStatus.values());
		if (me.isStaff()) {
			model.addAttribute("demand", board.demand(me, id));
			model.addAttribute("accounts", me.has(Role.TAM) ? tams.organisationsOf(me) : List.of());
		}
		return "suggestions/detail";
	}

	@PostMapping({ "/portal/suggestions/{suggestionId}/vote", "/console/suggestions/{suggestionId}/vote" })
	String vote(CurrentUser me, @PathVariable String suggestionId, @RequestParam(defaultValue = "true") boolean vote,
			@RequestParam(required = false) String organisation) {
		SuggestionId id = SuggestionApiController.id(suggestionId);
		if (vote) {
			board.vote(me, id, SuggestionApiController.organisation(organisation));
		}
		else {
			board.unvote(me, id, SuggestionApiController.organisation(organisation));
		}
		return "redirect:" + base(me) + "/" + suggestionId;
	}

	@PostMapping({ "/portal/suggestions/{suggestionId}/follow", "/console/suggestions/{suggestionId}/follow" })
	String follow(CurrentUser me, @PathVariable String suggestionId, @RequestParam(defaultValue = "true") boolean follow) {
		SuggestionId id = SuggestionApiController.id(suggestionId);
		if (follow) {
			board.follow(me, id);
		}
		else {
			board.unfollow(me, id);
		}
		return "redirect:" + base(me) + "/" + suggestionId;
	}

	@PostMapping({ "/portal/suggestions/{suggestionId}/comments", "/console/suggestions/{suggestionId}/comments" })
	String comment(CurrentUser me, @PathVariable String suggestionId, @RequestParam(required = false) String body) {
		board.comment(me, SuggestionApiController.id(suggestionId), body);
		return "redirect:" + base(me) + "/" + suggestionId;
	}

	@PostMapping("/console/suggestions/{suggestionId}/status")
	String status(CurrentUser me, @PathVariable String suggestionId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String response, @RequestParam(required = false) String version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		board.changeStatus(me, SuggestionApiController.id(suggestionId),
				new StatusChange(SuggestionApiController.status(status), response, version, reason));
		redirect.addFlashAttribute("notice", "suggestions.notice.status");
		return "redirect:/console/suggestions/" + suggestionId;
	}

	@PostMapping("/console/suggestions/{suggestionId}/merge")
	String merge(CurrentUser me, @PathVariable String suggestionId, @RequestParam(required = false) String into) {
		SuggestionId target = SuggestionId.parse(into == null ? null : into.strip().replaceAll(".*/", ""))
			.orElseThrow(() -> new InvalidInput("into", "refusal.suggestions.merge.unknown"));
		SuggestionView merged = board.merge(me, SuggestionApiController.id(suggestionId), target);
		return "redirect:/console/suggestions/" + merged.id();
	}

	private static String base(CurrentUser me) {
		return me.isStaff() ? "/console/suggestions" : "/portal/suggestions";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem portalSuggestions() {
			return new NavigationItem("portal", "/portal/suggestions", "suggestions.nav", "CUSTOMER", 17, NavigationItem.PRODUCTS);
		}

		@Bean
		NavigationItem consoleSuggestions() {
			return new NavigationItem("console", "/console/suggestions", "suggestions.nav", "STAFF", 26, NavigationItem.CUSTOMERS);
		}
	}
}
