package io.supportdesk.sla.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotEntitled;
import io.supportdesk.shared.NotFound;
import io.supportdesk.sla.CaseCommitment;
import io.supportdesk.sla.SlaManagement;

/**
 * For customers: is support open now, and by when would a case opened now get its first response,
 * per severity — shown on the portal home and next to the new-case form; and on each case page, what
 * support committed to on that case.
 */
@Controller
class SlaPortalController {

	/** The most cases one request answers (a page of the list). */
	static final int MAX_LISTED = 200;

	private final SlaManagement sla;

	SlaPortalController(SlaManagement sla) {
		this.sla = sla;
	}

	/** On the customer's case page: what support committed to on this case, and where it stands. */
	@GetMapping("/portal/cases/{caseId}/sla")
	String caseCommitment(CurrentUser me, @PathVariable String caseId, Model model, HttpServletRequest request) {
		CaseId id = CaseId.parse(caseId, "caseId");
		model.addAttribute("caseId", id);
		model.addAttribute("commitment", sla.commitment(me, id));
		model.addAttribute("zone", me.timeZone());
		return request.getHeader("HX-Request") != null ? "sla/portal/case :: commitment" : "sla/portal/case";
	}

	/**
	 * For the portal's case list, in one request: each listed case's commitment in a line, as htmx
	 * out-of-band swaps into the list's cells. Cases the customer may not read are left out.
	 */
	@GetMapping("/portal/sla/cases")
	String caseCommitments(CurrentUser me, @RequestParam List<String> ids, Model model) {
		Map<String, CaseCommitment> commitments = new LinkedHashMap<>();
		for (String id : ids.stream().limit(MAX_LISTED).toList()) {
			try {
				commitments.put(id, sla.commitment(me, CaseId.parse(id, "ids")));
			}
			catch (NotFound | InvalidInput | NotEntitled ex) {
				// not this customer's to read: nothing is said about it
			}
		}
		model.addAttribute("commitments", commitments);
		model.addAttribute("zone", me.timeZone());
		return "sla/portal/case :: cells";
	}

	@GetMapping("/portal/sla/commitments")
	String commitments(CurrentUser me, Model model, HttpServletRequest request) {
		model.addAttribute("commitments", sla.commitments(me));
		model.addAttribute("zone", me.timeZone());
		return request.getHeader("HX-Request") != null ? "sla/portal/commitments :: commitments"
				: "sla/portal/commitments";
	}
}
