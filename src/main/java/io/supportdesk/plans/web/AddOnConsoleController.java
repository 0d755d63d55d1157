package io.supportdesk.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.AddOnId;
import io.supportdesk.plans.AddOnManagement;

/**
 * The paid add-on queue, {@code /console/addons}: open requests across organisations, oldest first;
 * operations quote, schedule, deliver or decline them.
 */
@Controller
@RequestMapping("/console/addons")
class AddOnConsoleController {

	private final AddOnManagement addOns;

	private final AccountManagement accounts;

	private final MessageSource messages;

	AddOnConsoleController(AddOnManagement addOns, AccountManagement accounts, MessageSource messages) {
		this.addOns = addOns;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String queue(CurrentUser me, Model model) {
		Map<OrganisationId, String> names = accounts.organisationNames(me);
		model.addAttribute("requests", addOns.open(me));
		model.addAttribute("organisationNames", names);
		model.addAttribute("mayEdit", me.has(Role.OPERATIONS) || me.has(Role.MANAGER));
		model.addAttribute("zone", me.timeZone());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FieldErrors.none());
		}
		return "plans/console/addons";
	}

	@PostMapping("/{addOnId}/quote")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String quote(CurrentUser me, @PathVariable String addOnId, @ModelAttribute("submitted") PlanForms.QuoteForm form,
			Locale locale, Model model, RedirectAttributes redirect) {
		AddOnId id = AddOnId.parse(addOnId, "addOnId");
		FieldErrors errors = errors("quote-" + id, locale, "amount", "currency", "hours");
		BigDecimal amount = errors.amount("amount", form.amount());
		String currency = errors.currency("currency", form.currency());
		Integer hours = errors.number("hours", form.hours(), 0, 100_000, null);
		return errors.attempt(model, () -> {
			addOns.quote(me, id, amount, currency, hours);
			return done(redirect, "plans.addons.quoted");
		}, () -> queue(me, model));
	}

	@PostMapping("/{addOnId}/schedule")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String schedule(CurrentUser me, @PathVariable String addOnId,
			@ModelAttribute("submitted") PlanForms.ScheduleForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		AddOnId id = AddOnId.parse(addOnId, "addOnId");
		FieldErrors errors = errors("schedule-" + id, locale, "date");
		LocalDate date = errors.date("date", form.date());
		return errors.attempt(model, () -> {
			addOns.schedule(me, id, date);
			return done(redirect, "plans.addons.scheduled");
		}, () -> queue(me, model));
	}

	@PostMapping("/{addOnId}/deliver")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String deliver(CurrentUser me, @PathVariable String addOnId, Locale locale, Model model,
			RedirectAttributes redirect) {
		AddOnId id = AddOnId.parse(addOnId, "addOnId");
		return errors("deliver-" + id, locale).attempt(model, () -> {
			addOns.deliver(me, id);
			return done(redirect, "plans.addons.delivered");
		}, () -> queue(me, model));
	}

	@PostMapping("/{addOnId}/decline")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String decline(CurrentUser me, @PathVariable String addOnId, @ModelAttribute("submitted") PlanForms.DeclineForm form,
			Locale locale, Model model, RedirectAttributes redirect) {
		AddOnId id = AddOnId.parse(addOnId, "addOnId");
		FieldErrors errors = errors("decline-" + id, locale, "reason");
		String reason = errors.text("reason", form.reason(), 1000);
		return errors.attempt(model, () -> {
			addOns.decline(me, id, reason);
			return done(redirect, "plans.addons.declined");
		}, () -> queue(me, model));
	}

	private FieldErrors errors(String form, Locale locale, String... fields) {
		return FieldErrors.of(form, Set.of(fields), messages, locale);
	}

	private static String done(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("done", messageKey);
		return "redirect:/console/addons";
	}
}
