/**
 * Queue: the agents' work list — active cases that need support (new or open), ordered by severity,
 * then the priority-queueing entitlement, then the first-response due instant, then age — and "take
 * next", which hands the top unassigned case to exactly one agent. Reads the cases and their stored
 * SLA as a read model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Queue", allowedDependencies = { "accounts", "cases", "sla", "shared" })
package io.supportdesk.queue;
