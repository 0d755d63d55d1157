/**
 * Notifications: in-app notices to people, fanned out from events (now: SLA breaches escalated to the
 * case's team lead and, for organisations with a dedicated TAM, to the TAM). E-mail follows with the
 * mail channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "accounts", "cases", "plans", "sla", "shared" })
package io.supportdesk.notifications;
