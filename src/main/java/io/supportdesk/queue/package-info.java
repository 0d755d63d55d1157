/**
 * Queue: the agents' work list — active cases that need support (new or open), ordered by severity,
 * then the priority-queueing entitlement, then the first-response due instant, then age — and "take
 * next", which hands the top unassigned case to exactly one agent. Reads the SLA module's work list
 * ({@code SlaWorkList}, the stored SLA with the case facts it orders and filters on); owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queue", allowedDependencies = { "accounts", "cases", "sla", "shared" })
package io.supportdesk.queue;
