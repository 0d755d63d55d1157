/**
 * Reporting: SLA attainment by plan, severity and period with response-time percentiles, and every
 * breached target with the explanation the case page shows ({@link io.supportdesk.reporting.SlaReports}),
 * read from {@code reporting_sla_target} — a read model the sla module's
 * {@link io.supportdesk.sla.SlaEvaluated} keeps in the transaction that stores each case's SLA, so a
 * report can never disagree with a timer. Customer compliance statements per organisation and month
 * from the same rows ({@link io.supportdesk.reporting.ComplianceStatements}); the volume report — cases
 * by channel, language, product, organisation and severity, backlog and reopen rate
 * ({@link io.supportdesk.reporting.VolumeReports}); {@link io.supportdesk.reporting.ErlangC}, the
 * staffing formula, and the week's staffing forecast built on it
 * ({@link io.supportdesk.reporting.Forecasts}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "accounts", "cases", "exams", "oncall", "plans", "sla", "shared" })
package io.supportdesk.reporting;
