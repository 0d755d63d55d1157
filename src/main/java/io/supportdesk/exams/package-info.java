/**
 * Exam coverage: an organisation's exam windows, which the Proctored exam 24x7 plan unites with the
 * standard business hours ({@link io.supportdesk.exams.ExamCoverage}, the window store the SLA reads),
 * and the bookings that produce them ({@link io.supportdesk.exams.ExamBookingManagement}): on demand,
 * monthly and annual, RFC 5545 recurrence through ical4j in the organisation's zone, per-plan rules
 * and the staff's capacity; upcoming coverage, load and iCalendar feeds
 * ({@link io.supportdesk.exams.ExamSchedule}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams", allowedDependencies = { "accounts", "calendars", "plans", "shared" })
package io.supportdesk.exams;
