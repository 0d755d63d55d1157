package io.supportdesk.reporting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.TeamManagement;
import io.supportdesk.cases.Channel;
import io.supportdesk.reporting.AttainmentRow;
import io.supportdesk.reporting.Period;
import io.supportdesk.reporting.SlaReportQuery;
import io.supportdesk.reporting.SlaReports;
import io.supportdesk.shared.InstantText;
import io.supportdesk.shared.Language;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.sla.SlaExplanation;
import io.supportdesk.sla.SlaTarget;

/**
 * The SLA report in the console, {@code /console/reports/sla}: filters, the period switch (day, week,
 * month), a chart of attainment per period beside the table of plan × severity × period, the breaches
 * with their explanations, and the CSV downloads ({@code /console/reports/sla/csv},
 * {@code /console/reports/sla/breaches/csv}) with the same parameters.
 */
@Controller
class ReportConsoleController {

	static final String PAGE = "/console/reports/sla";

	/** How many breaches the page lists (the CSV has them all, up to the API's limit). */
	static final int BREACHES_SHOWN = 50;

	private final SlaReports reports;

	private final AccountManagement accounts;

	private final TeamManagement teams;

	private final SlaExplanation explanation;

	private final Clock clock;

	ReportConsoleController(SlaReports reports, AccountManagement accounts, TeamManagement teams,
			SlaExplanation explanation, Clock clock) {
		this.reports = reports;
		this.accounts = accounts;
		this.teams = teams;
		this.explanation = explanation;
		this.clock = clock;
	}

	/** A breach as the page lists it: the explanation in the reader's language and zone. */
	record BreachLine(String reference, String caseId, String plan, int severity, SlaTarget.Metric metric,
			java.time.Instant dueAt, java.time.Instant breachedAt, java.time.Instant answeredAt, List<String> explanation) {
	}

	@GetMapping(PAGE)
	String report(CurrentUser me, @ModelAttribute ReportRequest request, Model model) {
		SlaReportQuery query = request.query(clock);
		SlaReportQuery.Grouping grouping = query.groupBy();
		Period period = grouping.period() == null ? Period.MONTH : grouping.period();
		List<AttainmentRow> rows = reports.attainment(me, query);
		List<AttainmentRow> perPeriod = reports.attainment(me,
				new SlaReportQuery(query.from(), query.to(), query.zone(), new SlaReportQuery.Grouping(false, false, period),
						query.metric(), query.filters()));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("query", query);
		model.addAttribute("period", period);
		model.addAttribute("periods", Period.values());
		model.addAttribute("metrics", SlaTarget.Metric.values());
		model.addAttribute("rows", rows);
		model.addAttribute("chart", AttainmentChart.of(perPeriod));
		model.addAttribute("organisations", accounts.organisations(me));
		model.addAttribute("teams", teams.teams(me));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("breaches", reports.breaches(me, query, false, BREACHES_SHOWN).stream()
			.map(b -> new BreachLine(b.reference(), b.caseId().toString(), b.plan(), b.severity(), b.metric(), b.dueAt(),
					b.breachedAt(), b.answeredAt(), b.explanation().stream()
						.map(e -> InstantText.format(e.at(), me.timeZone(), locale) + " — "
								+ explanation.text(e.event(), locale, me.timeZone()) + ": "
								+ explanation.text(e.effect(), locale, me.timeZone()))
						.toList()))
			.toList());
		model.addAttribute("breachesShown", BREACHES_SHOWN);
		java.util.Map<String, String> periodLinks = new java.util.LinkedHashMap<>();
		for (Period p : Period.values()) {
			periodLinks.put(p.name(), link(PAGE, query, p));
		}
		model.addAttribute("periodLinks", periodLinks);
		model.addAttribute("csvLink", link(PAGE + "/csv", query, period));
		model.addAttribute("breachesCsvLink", link(PAGE + "/breaches/csv", query, period));
		return "reporting/console/sla";
	}

	@GetMapping(PAGE + "/csv")
	ResponseEntity<String> csv(CurrentUser me, @ModelAttribute ReportRequest request) {
		SlaReportQuery query = request.query(clock);
		return Csv.download("sla-attainment-" + query.from() + "-" + query.to() + ".csv", ReportRows.ATTAINMENT_HEADER,
				ReportRows.attainment(reports.attainment(me, query)));
	}

	@GetMapping(PAGE + "/breaches/csv")
	ResponseEntity<String> breachesCsv(CurrentUser me, @ModelAttribute ReportRequest request) {
		SlaReportQuery query = request.query(clock);
		return Csv.download("sla-breaches-" + query.from() + "-" + query.to() + ".csv", ReportRows.BREACH_HEADER,
				ReportRows.breaches(reports.breaches(me, query, false, request.breachLimit()), explanation::english));
	}

	/** The page (or a download) for the same query with {@code period}: every parameter spelled out. */
	private static String link(String path, SlaReportQuery query, Period period) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.fromPath(path)
			.queryParam("from", query.from()).queryParam("to", query.to()).queryParam("zone", query.zone().getId())
			.queryParam("period", period.name().toLowerCase(Locale.ROOT)).queryParam("metric", query.metric().name());
		SlaReportQuery.Filters filters = query.filters();
		if (filters.organisation() != null) {
			uri.queryParam("organisation", filters.organisation());
		}
		if (filters.team() != null) {
			uri.queryParam("team", filters.team());
		}
		if (filters.channel() != null) {
			uri.queryParam("channel", filters.channel().name());
		}
		if (filters.language() != null) {
			uri.queryParam("language", filters.language());
		}
		if (filters.product() != null) {
			uri.queryParam("product", filters.product());
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * The report in the console's navigation, for support managers: in the customers menu (what was kept of
	 * the customers' contracted targets), so that the manager's bar stays on one line at 1366 px.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleSlaReport() {
			return new NavigationItem("console", PAGE, "reporting.nav", "MANAGER", 45, NavigationItem.CUSTOMERS);
		}
	}
}
