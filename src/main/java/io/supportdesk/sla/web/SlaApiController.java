package io.supportdesk.sla.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.cases.CaseId;
import io.supportdesk.sla.SlaExplanation;
import io.supportdesk.sla.SlaManagement;
import io.supportdesk.sla.SlaState;
import io.supportdesk.sla.SlaTarget;

/** A case's SLA with its explanation: {@code GET /api/cases/{caseId}/sla}. */
@RestController
class SlaApiController {

	private final SlaManagement sla;

	private final SlaExplanation explanation;

	SlaApiController(SlaManagement sla, SlaExplanation explanation) {
		this.sla = sla;
		this.explanation = explanation;
	}

	@GetMapping("/api/cases/{caseId}/sla")
	Map<String, Object> sla(CurrentUser me, @PathVariable String caseId) {
		SlaState state = sla.sla(me, CaseId.parse(caseId, "caseId"));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("plan", state.targets().isEmpty() ? null : state.targets().get(0).rule().plan());
		json.put("severity", state.severity());
		json.put("targets", state.targets().stream().map(SlaApiController::target).toList());
		json.put("nextDeadline", state.nextDeadline().orElse(null));
		json.put("timeline", state.timeline().stream().map(entry -> Map.of("at", entry.at(), "event",
				explanation.english(entry.event()), "effect", explanation.english(entry.effect()))).toList());
		return json;
	}

	private static Map<String, Object> target(SlaTarget target) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("metric", target.metric());
		json.put("calendar", target.rule().calendarName());
		json.put("target", Map.of("amount", target.rule().amount(), "unit", target.rule().unit()));
		json.put("startedAt", target.startedAt());
		json.put("dueAt", target.dueAt());
		json.put("metAt", target.metAt());
		json.put("breachedAt", target.breachedAt());
		json.put("state", target.state());
		return json;
	}
}
