package io.supportdesk.reporting.web;

import java.time.Clock;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.VolumeReport;
import io.supportdesk.reporting.VolumeReports;

/**
 * The volume report over the API: {@code GET /api/reports/volume} as JSON or, with {@code Accept: text/csv},
 * as CSV. Support managers and team leads.
 */
@RestController
@Tag(name = "Reports")
class VolumeApiController {

	private final VolumeReports reports;

	private final Clock clock;

	VolumeApiController(VolumeReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping(path = "/api/reports/volume", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Case volume, backlog and reopen rate per period",
			description = "Support managers and team leads. Per period (its boundaries at local midnight in `zone`): the "
					+ "cases opened, the backlog (cases open, neither resolved nor closed, at the period's end or the "
					+ "range's end), the cases opened then that were resolved, those reopened, and the reopen rate = "
					+ "reopened / resolved. With a dimension in `groupBy` (channel, language, product, organisation, "
					+ "severity) also `rows`: cases opened per period and value. `Accept: text/csv` gives one record "
					+ "per period (dimension `all`) and one per period and value.")
	VolumeReport volume(CurrentUser me, @ParameterObject VolumeRequest request) {
		return reports.volume(me, request.query(clock));
	}

	@GetMapping(path = "/api/reports/volume", produces = "text/csv")
	@Operation(summary = "Case volume as CSV", description = "The JSON report's periods and rows, a header row first.")
	ResponseEntity<String> volumeCsv(CurrentUser me, @ParameterObject VolumeRequest request) {
		return VolumeConsoleController.csv(reports.volume(me, request.query(clock)));
	}

}
