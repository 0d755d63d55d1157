package io.supportdesk.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.supportdesk.reporting.AttainmentRow;
import io.supportdesk.reporting.Breach;
import io.supportdesk.sla.SlaState;

/** The reports' rows as JSON objects and as CSV records, the same columns for the API and the console. */
final class ReportRows {

	static final List<String> ATTAINMENT_HEADER = List.of("plan", "severity", "period", "opened", "met", "breached",
			"running", "attainment", "business_p50", "business_p90", "business_p95", "calendar_p50", "calendar_p90",
			"calendar_p95");

	static final List<String> BREACH_HEADER = List.of("reference", "case_id", "organisation_id", "plan", "severity",
			"metric", "target_index", "opened_at", "started_at", "due_at", "breached_at", "answered_at", "explanation");

	private ReportRows() {
	}

	static List<List<?>> attainment(List<AttainmentRow> rows) {
		return rows.stream().<List<?>>map(r -> java.util.Arrays.asList(r.plan(), r.severity(), r.period(), r.opened(),
				r.met(), r.breached(), r.running(), r.attainment(), r.businessMinutes().p50(), r.businessMinutes().p90(),
				r.businessMinutes().p95(), r.calendarMinutes().p50(), r.calendarMinutes().p90(), r.calendarMinutes().p95()))
			.toList();
	}

	/** Breaches as CSV records; the explanation one line per timeline entry: "instant event: effect". */
	static List<List<?>> breaches(List<Breach> breaches, Function<SlaState.Line, String> words) {
		return breaches.stream().<List<?>>map(b -> java.util.Arrays.asList(b.reference(), b.caseId(), b.organisationId(),
				b.plan(), b.severity(), b.metric(), b.index(), b.openedAt(), b.startedAt(), b.dueAt(), b.breachedAt(),
				b.answeredAt(), String.join("\n", b.explanation().stream()
					.map(e -> e.at() + " " + words.apply(e.event()) + ": " + words.apply(e.effect())).toList())))
			.toList();
	}

	/** A breach as the API's JSON: its explanation as entries of instant, event and effect. */
	static Map<String, Object> breach(Breach b, Function<SlaState.Line, String> words) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("caseId", b.caseId());
		json.put("reference", b.reference());
		json.put("organisationId", b.organisationId());
		json.put("plan", b.plan());
		json.put("severity", b.severity());
		json.put("metric", b.metric());
		json.put("targetIndex", b.index());
		json.put("openedAt", b.openedAt());
		json.put("startedAt", b.startedAt());
		json.put("dueAt", b.dueAt());
		json.put("breachedAt", b.breachedAt());
		json.put("answeredAt", b.answeredAt());
		List<Map<String, Object>> explanation = new ArrayList<>();
		for (SlaState.TimelineEntry entry : b.explanation()) {
			explanation.add(Map.of("at", entry.at(), "event", words.apply(entry.event()), "effect", words.apply(entry.effect())));
		}
		json.put("explanation", explanation);
		return json;
	}
}
