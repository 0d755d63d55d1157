package io.supportdesk.plans.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

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
import io.supportdesk.accounts.UserId;
import io.supportdesk.plans.AddOnManagement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.SubscriptionId;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.plans.TrialLicenceManagement;
import io.supportdesk.shared.InvalidInput;

/**
 * An organisation's programme in the console, {@code /console/organisations/{id}/programme}: its
 * subscriptions with their plan periods, recording (operations, managers), upgrade and renewal, the
 * entitlements now, the TAM (assigned by managers), its add-on requests and trial licences. The
 * forms take local date-times ({@code datetime-local}) in the signed-in user's time zone; an empty
 * "effective from" of an upgrade means now.
 */
@Controller
@RequestMapping("/console/organisations/{organisationId}/programme")
class ProgrammeConsoleController {

	private final SubscriptionManagement subscriptions;

	private final EntitlementCheck entitlements;

	private final PlanCatalogue catalogue;

	private final TamManagement tams;

	private final AddOnManagement addOns;

	private final TrialLicenceManagement licences;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Clock clock;

	ProgrammeConsoleController(SubscriptionManagement subscriptions, EntitlementCheck entitlements,
			PlanCatalogue catalogue, TamManagement tams, AddOnManagement addOns, TrialLicenceManagement licences,
			AccountManagement accounts, MessageSource messages, Clock clock) {
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
		this.catalogue = catalogue;
		this.tams = tams;
		this.addOns = addOns;
		this.licences = licences;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String page(CurrentUser me, @PathVariable String organisationId, Model model) {
		OrganisationId id = organisation(organisationId);
		Instant now = clock.instant();
		Function<PlanCode, String> names = TermView.names(catalogue.plans(now));
		model.addAttribute("organisation", accounts.organisation(me, id));
		model.addAttribute("programme", ProgrammeView.of(entitlements.of(id, now)));
		model.addAttribute("terms", subscriptions.subscriptions(me, id).stream().map(s -> TermView.of(s, now, names)).toList());
		model.addAttribute("plans", catalogue.plans(now));
		model.addAttribute("tam", tams.tamOf(me, id).orElse(null));
		model.addAttribute("addOns", addOns.requests(me, id));
		model.addAttribute("licences", licences.licences(me, id));
		model.addAttribute("zone", me.timeZone());
		forms(me, now, model);
		return "plans/console/programme";
	}

	/** Who may use which form, the TAMs to choose from, and the blank subscription form. */
	private void forms(CurrentUser me, Instant now, Model model) {
		model.addAttribute("mayRecord", me.has(Role.OPERATIONS) || me.has(Role.MANAGER));
		model.addAttribute("mayAssign", me.has(Role.MANAGER));
		if (me.has(Role.MANAGER)) {
			model.addAttribute("tams", accounts.staff(me).stream().filter(u -> u.role() == Role.TAM).toList());
		}
		model.addAttribute("recordForm", recordForm(now, me.timeZone()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FieldErrors.none());
		}
	}

	@PostMapping("/subscriptions")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String record(CurrentUser me, @PathVariable String organisationId,
			@ModelAttribute("submitted") PlanForms.SubscriptionForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		OrganisationId id = organisation(organisationId);
		FieldErrors errors = FieldErrors.of("record", Set.of("plan", "product", "start", "end"), messages, locale);
		PlanCode plan = plan(errors, form.plan());
		String product = errors.text("product", form.product(), 200);
		Instant start = errors.instant("start", form.start(), me.timeZone());
		Instant end = errors.instant("end", form.end(), me.timeZone());
		return errors.attempt(model, () -> {
			subscriptions.record(me, id, plan, product, start, end);
			return saved(redirect, id, "plans.programme.recorded");
		}, () -> page(me, organisationId, model));
	}

	@PostMapping("/subscriptions/{subscriptionId}/upgrade")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String upgrade(CurrentUser me, @PathVariable String organisationId, @PathVariable String subscriptionId,
			@ModelAttribute("submitted") PlanForms.UpgradeForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		OrganisationId id = organisation(organisationId);
		SubscriptionId subscription = SubscriptionId.parse(subscriptionId, "subscriptionId");
		FieldErrors errors = FieldErrors.of("upgrade-" + subscription, Set.of("plan", "effectiveFrom"), messages, locale);
		PlanCode plan = plan(errors, form.plan());
		Instant from = form.effectiveFrom() == null || form.effectiveFrom().isBlank() ? clock.instant()
				: errors.instant("effectiveFrom", form.effectiveFrom(), me.timeZone());
		return errors.attempt(model, () -> {
			subscriptions.upgrade(me, id, subscription, plan, from);
			return saved(redirect, id, "plans.programme.upgraded");
		}, () -> page(me, organisationId, model));
	}

	@PostMapping("/subscriptions/{subscriptionId}/renew")
	@PreAuthorize("hasAnyRole('OPERATIONS', 'MANAGER')")
	String renew(CurrentUser me, @PathVariable String organisationId, @PathVariable String subscriptionId,
			@ModelAttribute("submitted") PlanForms.RenewForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		OrganisationId id = organisation(organisationId);
		SubscriptionId subscription = SubscriptionId.parse(subscriptionId, "subscriptionId");
		FieldErrors errors = FieldErrors.of("renew-" + subscription, Set.of("end"), messages, locale);
		Instant end = errors.instant("end", form.end(), me.timeZone());
		return errors.attempt(model, () -> {
			subscriptions.renew(me, id, subscription, end);
			return saved(redirect, id, "plans.programme.renewed");
		}, () -> page(me, organisationId, model));
	}

	@PostMapping("/tam")
	@PreAuthorize("hasRole('MANAGER')")
	String assignTam(CurrentUser me, @PathVariable String organisationId,
			@ModelAttribute("submitted") PlanForms.TamForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		OrganisationId id = organisation(organisationId);
		FieldErrors errors = FieldErrors.of("tam", Set.of("tamId"), messages, locale);
		return errors.attempt(model, () -> {
			tams.assign(me, id, UserId.parse(form.tamId(), "tamId"));
			return saved(redirect, id, "plans.programme.tamAssigned");
		}, () -> page(me, organisationId, model));
	}

	private static PlanCode plan(FieldErrors errors, String code) {
		try {
			return PlanCode.parse(code, "plan");
		}
		catch (InvalidInput invalid) {
			errors.reject("plan", "plans.error.choice");
			return null;
		}
	}

	/** A year from today, midnight to midnight in the user's zone. */
	private static PlanForms.SubscriptionForm recordForm(Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		return new PlanForms.SubscriptionForm(PlanCode.STANDARD.value(), "", today.atStartOfDay().toString(),
				today.plusYears(1).atStartOfDay().toString());
	}

	private static String saved(RedirectAttributes redirect, OrganisationId id, String messageKey) {
		redirect.addFlashAttribute("saved", messageKey);
		return "redirect:/console/organisations/" + id + "/programme";
	}

	private static OrganisationId organisation(String id) {
		return OrganisationId.parse(id, "organisationId");
	}
}
