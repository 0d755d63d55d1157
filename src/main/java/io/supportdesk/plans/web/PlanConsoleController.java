package io.supportdesk.plans.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.PlanCatalogue;

/**
 * The plan catalogue as in force now, read-only, {@code /console/plans}: which plan grants which
 * entitlement, and each plan's response targets (managers edit plans through the API).
 */
@Controller
class PlanConsoleController {

	private final PlanCatalogue catalogue;

	private final Clock clock;

	PlanConsoleController(PlanCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/console/plans")
	String catalogue(CurrentUser me, Model model) {
		model.addAttribute("plans", catalogue.plans(clock.instant()).stream().map(ProgrammeView::of).toList());
		model.addAttribute("allEntitlements", Entitlement.values());
		model.addAttribute("zone", me.timeZone());
		return "plans/console/catalogue";
	}
}
