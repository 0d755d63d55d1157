/**
 * On-call: rotas (layers of staff taking turns, restrictions, overrides; {@link io.supportdesk.oncall.Rotas})
 * and Severity 1 paging down an escalation chain with persistent acknowledgement timers
 * ({@link io.supportdesk.oncall.Paging}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "On-call",
		allowedDependencies = { "accounts", "calendars", "cases", "sla", "exams", "plans", "shared" })
package io.supportdesk.oncall;
