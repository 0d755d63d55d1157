package io.supportdesk.sla.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.SlaManagement;

/**
 * The SLA in the console: the panel of a case (targets and the timeline explaining each due instant)
 * and its countdown badge, as htmx fragments of the case and queue pages (full pages without htmx).
 */
@Controller
class SlaConsoleController {

	private final SlaManagement sla;

	SlaConsoleController(SlaManagement sla) {
		this.sla = sla;
	}

	@GetMapping("/console/cases/{caseId}/sla")
	String panel(CurrentUser me, @PathVariable String caseId, Model model, HttpServletRequest request) {
		CaseId id = CaseId.parse(caseId, "caseId");
		model.addAttribute("caseId", id);
		model.addAttribute("sla", sla.sla(me, id));
		model.addAttribute("zone", me.timeZone());
		return request.getHeader("HX-Request") != null ? "sla/console/panel :: panel" : "sla/console/panel";
	}

	@GetMapping("/console/cases/{caseId}/sla/badge")
	String badge(CurrentUser me, @PathVariable String caseId, Model model) {
		model.addAttribute("badge", sla.badge(me, CaseId.parse(caseId, "caseId")));
		model.addAttribute("zone", me.timeZone());
		return "sla/console/panel :: badge";
	}
}
