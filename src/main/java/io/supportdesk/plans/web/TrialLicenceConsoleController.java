package io.supportdesk.plans.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.plans.TrialLicenceId;
import io.supportdesk.plans.TrialLicenceManagement;
import io.supportdesk.plans.TrialLicenceView;

/**
 * The trial licence queue, {@code /console/trials}: requests waiting for an agent, who issues a
 * licence (the key goes to the requester alone) or declines it.
 */
@Controller
@RequestMapping("/console/trials")
@PreAuthorize("hasRole('AGENT')")
class TrialLicenceConsoleController {

	private final TrialLicenceManagement licences;

	private final AccountManagement accounts;

	private final MessageSource messages;

	TrialLicenceConsoleController(TrialLicenceManagement licences, AccountManagement accounts, MessageSource messages) {
		this.licences = licences;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String queue(CurrentUser me, Model model) {
		Map<OrganisationId, String> names = accounts.organisationNames(me);
		model.addAttribute("waiting", licences.waiting(me));
		model.addAttribute("organisationNames", names);
		model.addAttribute("zone", me.timeZone());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FieldErrors.none());
		}
		return "plans/console/trials";
	}

	@PostMapping("/{licenceId}/issue")
	String issue(CurrentUser me, @PathVariable String licenceId, Locale locale, Model model,
			RedirectAttributes redirect) {
		TrialLicenceId id = TrialLicenceId.parse(licenceId, "licenceId");
		return errors(id, locale).attempt(model,
				() -> done(redirect, "plans.trials.issued", licences.issue(me, id)), () -> queue(me, model));
	}

	@PostMapping("/{licenceId}/decline")
	String decline(CurrentUser me, @PathVariable String licenceId, Locale locale, Model model,
			RedirectAttributes redirect) {
		TrialLicenceId id = TrialLicenceId.parse(licenceId, "licenceId");
		return errors(id, locale).attempt(model,
				() -> done(redirect, "plans.trials.declined", licences.decline(me, id)), () -> queue(me, model));
	}

	/** A decision another agent took already is shown on the request. */
	private FieldErrors errors(TrialLicenceId id, Locale locale) {
		return FieldErrors.of("licence-" + id, Set.of(), messages, locale);
	}

	private static String done(RedirectAttributes redirect, String messageKey, TrialLicenceView licence) {
		redirect.addFlashAttribute("done", messageKey);
		redirect.addFlashAttribute("doneProduct", licence.product());
		return "redirect:/console/trials";
	}
}
