package io.supportdesk.exams;

/**
 * How exam coverage is booked: {@code ON_DEMAND} one window; {@code MONTHLY} a recurring pattern for
 * one calendar month, booked before the month starts; {@code ANNUAL} a pattern with exceptions (or an
 * imported iCalendar file) for twelve months.
 */
public enum ExamBookingMode {
	ON_DEMAND, MONTHLY, ANNUAL
}
