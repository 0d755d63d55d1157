/**
 * SLA: the clocks of every case, derived from its history and never edited. The heart is
 * {@link io.supportdesk.sla.SlaEvaluator}, a pure function of (the case's facts, the response targets
 * in force, the calendars' versions, now) — feeding it from case events, caching its result and timers
 * for warnings and breaches come next (issue 6). {@link io.supportdesk.sla.SlaManagement} evaluates a case on
 * demand from its history and its organisation's effective-dated plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = { "accounts", "calendars", "cases", "exams", "plans", "shared" })
package io.supportdesk.sla;
