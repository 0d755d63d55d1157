package io.supportdesk.reporting.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.AttainmentRow;
import io.supportdesk.reporting.Breach;
import io.supportdesk.reporting.SlaReportQuery;
import io.supportdesk.reporting.SlaReports;
import io.supportdesk.sla.SlaExplanation;

/**
 * The SLA reports over the API: {@code GET /api/reports/sla} and {@code GET /api/reports/breaches}, as
 * JSON or, with {@code Accept: text/csv}, as CSV with a header row. Support managers and team leads.
 */
@RestController
@Tag(name = "Reports", description = "SLA attainment and breaches, computed from the stored SLA of every case")
class ReportApiController {

	private static final String CSV = "text/csv";

	private final SlaReports reports;

	private final SlaExplanation explanation;

	private final Clock clock;

	ReportApiController(SlaReports reports, SlaExplanation explanation, Clock clock) {
		this.reports = reports;
		this.explanation = explanation;
		this.clock = clock;
	}

	@GetMapping(path = "/api/reports/sla", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "SLA attainment by plan, severity and period",
			description = "Support managers and team leads. Cases count in the period (its boundaries at local midnight "
					+ "in `zone`) in which they were opened. Per row: cases opened, targets met, breached and still "
					+ "running (or paused), attainment = met / (met + breached) (null while nothing is decided), and "
					+ "percentiles (nearest rank) of the answered targets' response times in business minutes on the "
					+ "target's calendar and in calendar minutes, each response time to the nearest minute (from 7 days "
					+ "on, to the nearest hour). `Accept: text/csv` gives the same rows as CSV.")
	Map<String, List<AttainmentRow>> sla(CurrentUser me, @ParameterObject ReportRequest request) {
		return Map.of("rows", reports.attainment(me, request.query(clock)));
	}

	@GetMapping(path = "/api/reports/sla", produces = CSV)
	@Operation(summary = "SLA attainment as CSV", description = "The rows of the JSON report, a header row first.")
	ResponseEntity<String> slaCsv(CurrentUser me, @ParameterObject ReportRequest request) {
		SlaReportQuery query = request.query(clock);
		return Csv.download("sla-attainment-" + query.from() + "-" + query.to() + ".csv", ReportRows.ATTAINMENT_HEADER,
				ReportRows.attainment(reports.attainment(me, query)));
	}

	@GetMapping(path = "/api/reports/breaches", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every breached target",
			description = "Support managers and team leads. The breached targets of the cases opened in the range (of "
					+ "every metric unless `metric` is given), oldest case first: due and breach instants, the late "
					+ "answer if any, and the SLA explanation the case page shows (English, instants in UTC).")
	Map<String, List<Map<String, Object>>> breaches(CurrentUser me, @ParameterObject ReportRequest request) {
		return Map.of("breaches", found(me, request).stream().map(b -> ReportRows.breach(b, explanation::english)).toList());
	}

	@GetMapping(path = "/api/reports/breaches", produces = CSV)
	@Operation(summary = "Every breached target as CSV", description = "One record per breach; the explanation in one "
			+ "field, a line per entry.")
	ResponseEntity<String> breachesCsv(CurrentUser me, @ParameterObject ReportRequest request) {
		SlaReportQuery query = request.query(clock);
		return Csv.download("sla-breaches-" + query.from() + "-" + query.to() + ".csv", ReportRows.BREACH_HEADER,
				ReportRows.breaches(found(me, request), explanation::english));
	}

	private List<Breach> found(CurrentUser me, ReportRequest request) {
		return reports.breaches(me, request.query(clock), !request.hasMetric(), request.breachLimit());
	}
}
