package io.supportdesk.sla.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.sla.SlaManagement;

/**
 * For customers: is support open now, and by when would a case opened now get its first response,
 * per severity — shown on the portal home and next to the new-case form.
 */
@Controller
class SlaPortalController {

	private final SlaManagement sla;

	SlaPortalController(SlaManagement sla) {
		this.sla = sla;
	}

	@GetMapping("/portal/sla/commitments")
	String commitments(CurrentUser me, Model model, HttpServletRequest request) {
		model.addAttribute("commitments", sla.commitments(me));
		model.addAttribute("zone", me.timeZone());
		return request.getHeader("HX-Request") != null ? "sla/portal/commitments :: commitments"
				: "sla/portal/commitments";
	}
}
