/**
 * Reporting: SLA attainment by plan, severity and period with response-time percentiles, and every
 * breached target with the explanation the case page shows ({@link io.supportdesk.reporting.SlaReports}),
 * read from {@code reporting_sla_target} — a read model the sla module's
 * {@link io.supportdesk.sla.SlaEvaluated} keeps in the transaction that stores each case's SLA, so a
 * report can never disagree with a timer. And {@link io.supportdesk.reporting.ErlangC}, the staffing
 * formula: the least number of agents that answers a share of arrivals within a target.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "accounts", "cases", "exams", "oncall", "plans", "sla", "shared" })
package io.supportdesk.reporting;
