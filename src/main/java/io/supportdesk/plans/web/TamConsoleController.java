package io.supportdesk.plans.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.TamManagement;

/**
 * A TAM's organisations, {@code /console/tam/organisations}: a page of its own, and (asked by htmx)
 * the fragment the console home loads; staff who are no TAM get an empty fragment there.
 */
@Controller
class TamConsoleController {

	private final TamManagement tams;

	private final EntitlementCheck entitlements;

	TamConsoleController(TamManagement tams, EntitlementCheck entitlements) {
		this.tams = tams;
		this.entitlements = entitlements;
	}

	@GetMapping("/console/tam/organisations")
	String organisations(CurrentUser me, Model model, HttpServletRequest request) {
		boolean fragment = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		if (!me.has(Role.TAM)) {
			if (fragment) {
				return "plans/console/tam :: nothing";
			}
			throw new AccessDeniedException("TAMs only");
		}
		model.addAttribute("fragment", fragment);
		model.addAttribute("organisations", tams.organisationsOf(me).stream()
			.map(o -> new Row(o.id(), o.name(), ProgrammeView.of(entitlements.now(o.id())).planNames()))
			.toList());
		return fragment ? "plans/console/tam :: organisations" : "plans/console/tam";
	}

	/** An organisation the TAM looks after, with the plans it has now. */
	record Row(OrganisationId id, String name, List<String> plans) {
	}
}
