package io.supportdesk.sla.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.shared.InstantText;
import io.supportdesk.sla.SlaExplanation;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;
import io.supportdesk.sla.TargetState;

/**
 * The SLA in the console: the panel of a case (targets and the timeline explaining each due instant)
 * and its countdown badge, as htmx fragments of the case and queue pages (full pages without htmx).
 */
@Controller
class SlaConsoleController {

	private final SlaManagement sla;

	private final SlaExplanation explanation;

	SlaConsoleController(SlaManagement sla, SlaExplanation explanation) {
		this.sla = sla;
		this.explanation = explanation;
	}

	/** A target as the panel shows it: its promise in words, its due instant for the reader. */
	record TargetLine(SlaTarget.Metric metric, String rule, String due, TargetState state) {
	}

	/** A line of the explanation, in the reader's language and zone. */
	record TimelineLine(String at, String event, String effect) {
	}

	@GetMapping("/console/cases/{caseId}/sla")
	String panel(CurrentUser me, @PathVariable String caseId, Model model, HttpServletRequest request) {
		CaseId id = CaseId.parse(caseId, "caseId");
		SlaState state = sla.sla(me, id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("caseId", id);
		model.addAttribute("targets", state.targets().stream().map(t -> new TargetLine(t.metric(),
				explanation.rule(t.rule(), locale, me.timeZone()), InstantText.format(t.dueAt(), me.timeZone(), locale),
				t.state())).toList());
		model.addAttribute("timeline", state.timeline().stream().map(e -> new TimelineLine(
				InstantText.format(e.at(), me.timeZone(), locale), explanation.text(e.event(), locale, me.timeZone()),
				explanation.text(e.effect(), locale, me.timeZone()))).toList());
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
