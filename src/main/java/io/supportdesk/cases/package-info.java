/**
 * Cases: the support case from opening to closing — status, severity (proposed by the customer,
 * classified by support with a reason), messages (public replies, internal notes, customer replies),
 * assignment, and an append-only history. Every change is published as an event (see
 * {@link io.supportdesk.cases.CaseOpened} and its siblings) with the instant it happened, live or
 * imported, for the SLA clocks and everything else downstream.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = { "accounts", "plans", "shared" })
package io.supportdesk.cases;
