package io.supportdesk.reporting.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;


import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.reporting.Period;
import io.supportdesk.reporting.VolumeQuery;
import io.supportdesk.reporting.VolumeReport;
import io.supportdesk.reporting.VolumeReports;

/**
 * The volume report in the console, {@code /console/reports/volume}: a chart of cases opened and the backlog
 * per period, the tables, and the CSV download {@code /console/reports/volume/csv}. Support managers and team
 * leads.
 */
@Controller
class VolumeConsoleController {

	static final String PAGE = "/console/reports/volume";

	static final List<String> HEADER = List.of("period", "dimension", "value", "opened", "backlog", "resolved", "reopened",
			"reopen_rate");

	private final VolumeReports reports;

	private final AccountManagement accounts;

	private final Clock clock;

	VolumeConsoleController(VolumeReports reports, AccountManagement accounts, Clock clock) {
		this.reports = reports;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping(PAGE + "/csv")
	ResponseEntity<String> pageCsv(CurrentUser me, @ModelAttribute VolumeRequest request) {
		return csv(reports.volume(me, request.query(clock)));
	}

	@GetMapping(PAGE)
	String page(CurrentUser me, @ModelAttribute VolumeRequest request, Model model) {
		VolumeQuery query = request.query(clock);
		VolumeReport report = reports.volume(me, query);
		model.addAttribute("query", query);
		model.addAttribute("report", report);
		model.addAttribute("chart", VolumeChart.of(report.periods()));
		model.addAttribute("periods", Period.values());
		model.addAttribute("dimensions", VolumeQuery.Dimension.values());
		model.addAttribute("organisations", accounts.organisations(me));
		model.addAttribute("names", query.dimension() == VolumeQuery.Dimension.ORGANISATION
				? accounts.organisationNames(me).entrySet().stream()
					.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue))
				: Map.of());
		Map<String, String> periodLinks = new LinkedHashMap<>();
		for (Period p : Period.values()) {
			periodLinks.put(p.name(), link(PAGE, query, p));
		}
		model.addAttribute("periodLinks", periodLinks);
		model.addAttribute("csvLink", link(PAGE + "/csv", query, query.period()));
		return "reporting/console/volume";
	}

	static ResponseEntity<String> csv(VolumeReport report) {
		VolumeQuery query = report.query();
		String dimension = query.dimension() == null ? null : query.dimension().name().toLowerCase(Locale.ROOT);
		List<List<?>> records = new ArrayList<>();
		for (VolumeReport.PeriodTotal p : report.periods()) {
			records.add(Arrays.asList(p.period(), "all", null, p.opened(), p.backlog(), p.resolved(), p.reopened(),
					p.reopenRate()));
		}
		for (VolumeReport.Row r : report.rows()) {
			records.add(Arrays.asList(r.period(), dimension, r.value(), r.opened(), null, null, null, null));
		}
		return Csv.download("case-volume-" + query.from() + "-" + query.to() + ".csv", HEADER, records);
	}

	private static String link(String path, VolumeQuery query, Period period) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("from", query.from())
			.queryParam("to", query.to()).queryParam("zone", query.zone().getId());
		String groupBy = period.name().toLowerCase(Locale.ROOT);
		if (query.dimension() != null) {
			groupBy = query.dimension().name().toLowerCase(Locale.ROOT) + "," + groupBy;
		}
		if (query.organisation() != null) {
			uri.queryParam("organisation", query.organisation());
		}
		return uri.queryParam("groupBy", groupBy).encode().build().toUriString();
	}
}
