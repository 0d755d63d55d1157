package io.supportdesk.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.reporting.ComplianceStatement;
import io.supportdesk.reporting.ComplianceStatements;
import io.supportdesk.sla.SlaExplanation;

/**
 * Customer compliance statements over the API: the months an organisation has statements for, and one
 * month's statement as JSON or, with {@code Accept: application/pdf}, as PDF.
 */
@RestController
@Tag(name = "Reports")
class StatementApiController {

	private final ComplianceStatements statements;

	private final SlaExplanation explanation;

	private final MessageSource messages;

	StatementApiController(ComplianceStatements statements, SlaExplanation explanation, MessageSource messages) {
		this.statements = statements;
		this.explanation = explanation;
		this.messages = messages;
	}

	@GetMapping(path = "/api/organisations/{organisationId}/statements", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The months with a compliance statement",
			description = "Support managers (every organisation), the organisation's TAM and its customer admins: the "
					+ "months (yyyy-MM, in the organisation's zone) in which it opened cases with response targets, "
					+ "newest first. Another organisation's answers 404 to a customer.")
	Map<String, List<String>> months(CurrentUser me, @PathVariable String organisationId) {
		return Map.of("months", statements.months(me, OrganisationId.parse(organisationId, "organisationId")).stream()
			.map(Object::toString).toList());
	}

	@GetMapping(path = "/api/organisations/{organisationId}/statements/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A customer compliance statement for one month",
			description = "Contract-grade: per plan × severity × target (first response, and Severity 1 updates where "
					+ "the plan sets them) the cases opened in the month (its boundaries at local midnight in the "
					+ "organisation's zone), targets met, breached and still running, and attainment = met / (met + "
					+ "breached) against the plan's target; each case counts under the plan in force when it was "
					+ "opened, so an upgrade in the month splits it. Every breach with the SLA explanation its case page "
					+ "shows (English, instants in UTC), and the plans in force during the month. `Accept: "
					+ "application/pdf` gives the same statement as PDF, in the reader's language. Managers, the "
					+ "organisation's TAM and its customer admins; another organisation's answers 404 to a customer.")
	Map<String, Object> statement(CurrentUser me, @PathVariable String organisationId, @PathVariable String month) {
		ComplianceStatement s = find(me, organisationId, month);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("organisationId", s.organisationId());
		json.put("organisation", s.organisation());
		json.put("month", s.month().toString());
		json.put("zone", s.zone().getId());
		json.put("start", s.start());
		json.put("end", s.end());
		json.put("issuedAt", s.issuedAt());
		json.put("cases", s.cases());
		json.put("plans", s.plans());
		json.put("lines", s.lines());
		json.put("breaches", s.breaches().stream().map(b -> ReportRows.breach(b, explanation::english)).toList());
		return json;
	}

	@GetMapping(path = "/api/organisations/{organisationId}/statements/{month}", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A customer compliance statement as PDF", description = "The JSON statement's content as a "
			+ "printable document in the reader's language.")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable String organisationId, @PathVariable String month) {
		var locale = LocaleContextHolder.getLocale();
		return StatementPdf.download(StatementView.of(find(me, organisationId, month), messages, explanation, locale),
				messages, locale);
	}

	private ComplianceStatement find(CurrentUser me, String organisationId, String month) {
		return statements.statement(me, OrganisationId.parse(organisationId, "organisationId"), StatementRequests.month(month));
	}
}
