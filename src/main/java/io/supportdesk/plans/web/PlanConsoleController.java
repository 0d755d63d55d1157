package io.supportdesk.plans.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.calendars.CalendarView;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.Metric;
import io.supportdesk.plans.PlanCatalogue;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanEdit;
import io.supportdesk.plans.PlanHistory;
import io.supportdesk.plans.TargetUnit;
import io.supportdesk.shared.Language;

/**
 * The plan catalogue in the console: {@code /console/plans} as in force now (which plan grants which
 * entitlement, each plan's description and response targets), and per plan
 * {@code /console/plans/{planCode}} with its version history and, for managers, the editor. Saving the
 * editor makes the API's call ({@link PlanCatalogue#update}): a new version effective from the instant
 * chosen (a local date-time in the manager's zone; empty is now). Bad input is shown next to its field
 * and writes nothing; an edit of a plan changed since the form was loaded is refused as a concurrent
 * change.
 */
@Controller
class PlanConsoleController {

	private final PlanCatalogue catalogue;

	private final CalendarManagement calendars;

	private final MessageSource messages;

	private final Clock clock;

	PlanConsoleController(PlanCatalogue catalogue, CalendarManagement calendars, MessageSource messages, Clock clock) {
		this.catalogue = catalogue;
		this.calendars = calendars;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/plans")
	String catalogue(CurrentUser me, Model model) {
		Instant now = clock.instant();
		Map<String, PlanHistory.Version> since = new LinkedHashMap<>();
		Map<String, PlanHistory.Version> next = new LinkedHashMap<>();
		catalogue.plans(now).forEach(plan -> {
			PlanHistory history = catalogue.versions(plan.code());
			since.put(plan.code().value(), history.inForce(now));
			history.next(now).ifPresent(version -> next.put(plan.code().value(), version));
		});
		model.addAttribute("plans", catalogue.plans(now).stream().map(ProgrammeView::of).toList());
		model.addAttribute("since", since);
		model.addAttribute("next", next);
		model.addAttribute("allEntitlements", Entitlement.values());
		model.addAttribute("mayEdit", me.has(Role.MANAGER));
		return "plans/console/catalogue";
	}

	/** A plan's versions; for managers also the editor, filled with the latest version. */
	@GetMapping("/console/plans/{planCode}")
	String plan(CurrentUser me, @PathVariable String planCode, Model model) {
		PlanHistory history = catalogue.versions(PlanCode.parse(planCode, "planCode"));
		Instant now = clock.instant();
		model.addAttribute("history", history);
		model.addAttribute("current", history.inForce(now));
		model.addAttribute("programme", ProgrammeView.of(history.inForce(now).plan()));
		model.addAttribute("scheduled", history.next(now).orElse(null));
		model.addAttribute("now", now);
		model.addAttribute("firstResponse", Metric.FIRST_RESPONSE);
		model.addAttribute("mayEdit", me.has(Role.MANAGER));
		if (me.has(Role.MANAGER)) {
			model.addAttribute("calendars", calendars.calendars().stream().map(CalendarView::name).toList());
			model.addAttribute("allEntitlements", Entitlement.values());
			model.addAttribute("units", TargetUnit.values());
			model.addAttribute("descriptionLanguages", Arrays.stream(Language.values()).map(Language::code).toList());
			model.addAttribute("zone", me.timeZone());
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", PlanEditForm.of(history.latest().plan(), history.revision()));
			}
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FieldErrors.none());
		}
		return "plans/console/plan";
	}

	/** Saves the editor as a new version of the plan. */
	@PostMapping("/console/plans/{planCode}")
	@PreAuthorize("hasRole('MANAGER')")
	String save(CurrentUser me, @PathVariable String planCode, @RequestParam MultiValueMap<String, String> submitted,
			Locale locale, Model model, RedirectAttributes redirect) {
		PlanCode code = PlanCode.parse(planCode, "planCode");
		PlanHistory history = catalogue.versions(code);
		PlanEditForm form = PlanEditForm.of(submitted);
		FieldErrors errors = FieldErrors.of("plan", PlanEditForm.fields(), messages, locale);
		Set<String> known = new LinkedHashSet<>(calendars.calendars().stream().map(CalendarView::name).toList());
		PlanEdit edit = form.edit(errors, history.latest().plan(), known, me.timeZone());
		model.addAttribute("form", form);
		return errors.attempt(model, () -> {
			catalogue.update(me, code, edit);
			redirect.addFlashAttribute("saved", "plans.editor.saved");
			return "redirect:/console/plans/" + code + "#history";
		}, () -> plan(me, planCode, model));
	}
}
