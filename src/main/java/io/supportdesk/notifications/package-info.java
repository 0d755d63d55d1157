/**
 * Notifications: in-app notices to people, fanned out from events after their transaction commits
 * (registry-backed listeners, delivered again after a failure or a crash): SLA warnings at 75 % and
 * 90 % to the case's assignee (else its team lead, else the support managers), SLA breaches escalated
 * to the case's team lead and, for organisations with a dedicated TAM, to the TAM. Read at
 * {@code /console/notifications} and {@code GET /api/me/notifications}; the same notices go out by mail
 * through the mail module's outbox ({@code NotificationInbox}), and {@code CaseMail} mails customers
 * the acknowledgement of their new case and support's public replies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "accounts", "cases", "mail", "oncall", "plans", "sla", "downloads", "suggestions", "shared" })
package io.supportdesk.notifications;
