/**
 * Notifications: in-app notices to people, fanned out from events after their transaction commits
 * (registry-backed listeners, delivered again after a failure or a crash): SLA warnings at 75 % and
 * 90 % to the case's assignee (else its team lead, else the support managers), SLA breaches escalated
 * to the case's team lead and, for organisations with a dedicated TAM, to the TAM. Read at
 * {@code /console/notifications} and {@code GET /api/me/notifications}. E-mail follows with the mail
 * channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "accounts", "cases", "mail", "plans", "sla", "shared" })
package io.supportdesk.notifications;
