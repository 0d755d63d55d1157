/**
 * Exam coverage (minimal form): an organisation's booked exam windows, which the Proctored exam 24x7
 * plan unites with the standard business hours. Only organisations whose plan covers exam sessions
 * book, within a maximum length and a lead time ({@code ExamsSettings}); booking modes, staffing and
 * the portal pages come with their own issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams", allowedDependencies = { "accounts", "calendars", "plans", "shared" })
package io.supportdesk.exams;
