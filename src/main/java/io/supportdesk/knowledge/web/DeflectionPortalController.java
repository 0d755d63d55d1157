package io.supportdesk.knowledge.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.knowledge.Deflections;
import io.supportdesk.shared.Ids;

/**
 * The articles beside the portal's new-case form (loaded by the form page with htmx): a panel that
 * starts the form's deflection record, its suggestions refreshed while the customer types (debounced),
 * and the notice that the form was submitted. Each suggestion opens in a new tab, so the form keeps
 * what was typed, and counts as opened from the form.
 */
@Controller
@RequestMapping("/portal/kb")
@PreAuthorize("hasRole('CUSTOMER')")
class DeflectionPortalController {

	private final Deflections deflections;

	DeflectionPortalController(Deflections deflections) {
		this.deflections = deflections;
	}

	@GetMapping("/deflection")
	String panel(CurrentUser me, Model model) {
		model.addAttribute("form", deflections.startForm(me));
		return "knowledge/deflection :: panel";
	}

	@GetMapping("/suggestions")
	String suggestions(CurrentUser me, @RequestParam String form, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String description, @RequestParam(required = false) String language,
			Model model) {
		UUID id = Ids.uuid(form, "form");
		model.addAttribute("form", id);
		model.addAttribute("hits", deflections.suggest(me, id, subject, description,
				Languages.orCurrent(language == null || language.isBlank() ? null : language, "language")));
		model.addAttribute("typed", (subject != null && !subject.isBlank()) || (description != null && !description.isBlank()));
		return "knowledge/deflection :: suggestions";
	}

	@PostMapping("/forms/{formId}/submitted")
	ResponseEntity<Void> submitted(CurrentUser me, @PathVariable String formId) {
		deflections.submitted(me, Ids.uuid(formId, "formId"));
		return ResponseEntity.noContent().build();
	}
}
