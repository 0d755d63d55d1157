package io.supportdesk.reporting.web;

import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.reporting.ComplianceStatements;
import io.supportdesk.shared.NavigationItem;
import io.supportdesk.sla.SlaExplanation;

/**
 * Compliance statements as pages: in the console the organisations a reader has statements of
 * ({@code /console/reports/statements}: every organisation for managers, a TAM's accounts), an
 * organisation's months and one month's statement with its PDF; in the portal the customer admin's own
 * organisation's ({@code /portal/statements}).
 */
@Controller
class StatementPagesController {

	static final String CONSOLE = "/console/reports/statements";

	static final String PORTAL = "/portal/statements";

	private final ComplianceStatements statements;

	private final AccountManagement accounts;

	private final SlaExplanation explanation;

	private final MessageSource messages;

	StatementPagesController(ComplianceStatements statements, AccountManagement accounts, SlaExplanation explanation,
			MessageSource messages) {
		this.statements = statements;
		this.accounts = accounts;
		this.explanation = explanation;
		this.messages = messages;
	}

	@GetMapping(CONSOLE)
	String organisations(CurrentUser me, Model model) {
		model.addAttribute("organisations", statements.organisations(me));
		return "reporting/statements";
	}

	@GetMapping("/console/organisations/{organisationId}/statements")
	String consoleMonths(CurrentUser me, @PathVariable String organisationId, Model model) {
		OrganisationId id = OrganisationId.parse(organisationId, "organisationId");
		return months(me, id, "/console/organisations/" + id + "/statements", model);
	}

	@GetMapping(PORTAL)
	String portalMonths(CurrentUser me, Model model) {
		return months(me, me.organisationId(), PORTAL, model);
	}

	@GetMapping("/console/organisations/{organisationId}/statements/{month}")
	String consoleStatement(CurrentUser me, @PathVariable String organisationId, @PathVariable String month, Model model) {
		OrganisationId id = OrganisationId.parse(organisationId, "organisationId");
		return statement(me, id, StatementRequests.month(month), "/console/organisations/" + id + "/statements", model);
	}

	@GetMapping(PORTAL + "/{month}")
	String portalStatement(CurrentUser me, @PathVariable String month, Model model) {
		return statement(me, me.organisationId(), StatementRequests.month(month), PORTAL, model);
	}

	@GetMapping("/console/organisations/{organisationId}/statements/{month}/pdf")
	ResponseEntity<byte[]> consolePdf(CurrentUser me, @PathVariable String organisationId, @PathVariable String month) {
		return pdf(me, OrganisationId.parse(organisationId, "organisationId"), StatementRequests.month(month));
	}

	@GetMapping(PORTAL + "/{month}/pdf")
	ResponseEntity<byte[]> portalPdf(CurrentUser me, @PathVariable String month) {
		return pdf(me, me.organisationId(), StatementRequests.month(month));
	}

	private String months(CurrentUser me, OrganisationId organisation, String base, Model model) {
		if (organisation == null) {
			throw new org.springframework.security.access.AccessDeniedException("Customer admins only");
		}
		model.addAttribute("months", statements.months(me, organisation));
		model.addAttribute("organisation", accounts.organisation(me, organisation));
		model.addAttribute("base", base);
		return "reporting/months";
	}

	private String statement(CurrentUser me, OrganisationId organisation, YearMonth month, String base, Model model) {
		if (organisation == null) {
			throw new org.springframework.security.access.AccessDeniedException("Customer admins only");
		}
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("statement", StatementView.of(statements.statement(me, organisation, month), messages, explanation, locale));
		model.addAttribute("base", base);
		model.addAttribute("pdfLink", base + "/" + month + "/pdf");
		model.addAttribute("console", base.startsWith("/console"));
		return "reporting/statement";
	}

	private ResponseEntity<byte[]> pdf(CurrentUser me, OrganisationId organisation, YearMonth month) {
		if (organisation == null) {
			throw new org.springframework.security.access.AccessDeniedException("Customer admins only");
		}
		Locale locale = LocaleContextHolder.getLocale();
		return StatementPdf.download(StatementView.of(statements.statement(me, organisation, month), messages, explanation,
				locale), messages, locale);
	}

	/** Statements in the navigation: the console's customers menu (managers and TAMs), the portal for customer admins. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem consoleStatements() {
			return new NavigationItem("console", CONSOLE, "reporting.statement.nav", "TAM", 46, NavigationItem.CUSTOMERS);
		}

		@Bean
		NavigationItem portalStatements() {
			return new NavigationItem("portal", PORTAL, "reporting.statement.nav", "CUSTOMER_ADMIN", 82, NavigationItem.SETUP);
		}
	}
}
