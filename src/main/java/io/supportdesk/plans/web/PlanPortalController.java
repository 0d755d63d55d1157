package io.supportdesk.plans.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.AddOnKind;
import io.supportdesk.plans.AddOnManagement;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.plans.TrialLicenceManagement;

/**
 * The customer's plan page, {@code /portal/plan}: the plans in force, entitlements, response targets,
 * severity definitions, subscription terms, the TAM, upgrade information ({@code #upgrade}, where
 * refusals link to); for customer admins also paid add-ons and non-production trial licences.
 */
@Controller
@RequestMapping("/portal/plan")
class PlanPortalController {

	private static final Set<String> ADD_ON_FIELDS = Set.of("kind", "description");

	private static final Set<String> TRIAL_FIELDS = Set.of("product", "purpose", "days");

	private final EntitlementCheck entitlements;

	private final SubscriptionManagement subscriptions;

	private final PlanCatalogue catalogue;

	private final TamManagement tams;

	private final AddOnManagement addOns;

	private final TrialLicenceManagement licences;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Clock clock;

	PlanPortalController(EntitlementCheck entitlements, SubscriptionManagement subscriptions, PlanCatalogue catalogue,
			TamManagement tams, AddOnManagement addOns, TrialLicenceManagement licences, AccountManagement accounts,
			MessageSource messages, Clock clock) {
		this.entitlements = entitlements;
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.tams = tams;
		this.addOns = addOns;
		this.licences = licences;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The page; for its requester, a trial licence key issued since their last look shows here once. */
	@GetMapping
	String plan(CurrentUser me, Model model) {
		OrganisationId organisation = me.organisationId();
		Instant now = clock.instant();
		ProgrammeView programme = ProgrammeView.of(entitlements.of(organisation, now));
		Function<PlanCode, String> names = TermView.names(catalogue.plans(now));
		model.addAttribute("organisation", accounts.organisation(me, organisation));
		model.addAttribute("programme", programme);
		model.addAttribute("terms",
				subscriptions.subscriptions(me, organisation).stream().map(s -> TermView.of(s, now, names)).toList());
		model.addAttribute("tam", tams.tamOf(me, organisation).orElse(null));
		model.addAttribute("zone", me.timeZone());
		model.addAttribute("admin", me.has(Role.CUSTOMER_ADMIN));
		if (me.has(Role.CUSTOMER_ADMIN)) {
			orders(me, programme, model);
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FieldErrors.none());
		}
		return "plans/portal/plan";
	}

	/** What a customer admin orders: add-ons and trial licences, with their forms. */
	private void orders(CurrentUser me, ProgrammeView programme, Model model) {
		model.addAttribute("addOns", addOns.requests(me, me.organisationId()));
		model.addAttribute("licences", licences.licences(me, me.organisationId()));
		model.addAttribute("addOnKinds", AddOnKind.values());
		if (!model.containsAttribute("addOnForm")) {
			model.addAttribute("addOnForm", PlanForms.AddOnForm.empty());
		}
		if (!model.containsAttribute("trialForm")) {
			model.addAttribute("trialForm", PlanForms.TrialForm.empty(programme.trialLicenceMaxDays()));
		}
	}

	@PostMapping("/addons")
	@PreAuthorize("hasRole('CUSTOMER_ADMIN')")
	String requestAddOn(CurrentUser me, @ModelAttribute("addOnForm") PlanForms.AddOnForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		FieldErrors errors = FieldErrors.of("addon", ADD_ON_FIELDS, messages, locale);
		AddOnKind kind = errors.choice("kind", form.kind(), AddOnKind::valueOf);
		String description = errors.text("description", form.description(), 4000);
		return errors.attempt(model, () -> {
			addOns.request(me, me.organisationId(), kind, description);
			redirect.addFlashAttribute("addOnRequested", true);
			return "redirect:/portal/plan#addons";
		}, () -> plan(me, model));
	}

	/** Refused with the 403 page (and the upgrade link) unless the organisation is entitled. */
	@PostMapping("/trial-licences")
	@PreAuthorize("hasRole('CUSTOMER_ADMIN')")
	String requestTrialLicence(CurrentUser me, @ModelAttribute("trialForm") PlanForms.TrialForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		Entitlements now = entitlements.now(me.organisationId());
		now.require(Entitlement.TRIAL_LICENCE);
		int maxDays = ProgrammeView.of(now).trialLicenceMaxDays();
		FieldErrors errors = FieldErrors.of("trial", TRIAL_FIELDS, messages, locale);
		String product = errors.text("product", form.product(), 200);
		String purpose = errors.text("purpose", form.purpose(), 2000);
		Integer days = errors.number("days", form.days(), 1, maxDays,
				Math.min(TrialLicenceManagement.DEFAULT_DAYS, maxDays));
		return errors.attempt(model, () -> {
			licences.request(me, me.organisationId(), product, purpose, days);
			redirect.addFlashAttribute("trialRequested", true);
			return "redirect:/portal/plan#trials";
		}, () -> plan(me, model));
	}
}
