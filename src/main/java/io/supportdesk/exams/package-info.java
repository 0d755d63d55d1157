/**
 * Exam coverage (minimal form): an organisation's booked exam windows, which the Proctored exam 24x7
 * plan unites with the standard business hours. Booking modes, staffing and the portal pages come
 * with their own issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams", allowedDependencies = { "accounts", "shared" })
package io.supportdesk.exams;
