package io.supportdesk.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.supportdesk.shared.InvalidInput;

/** Reads a statement's month from a path: {@code yyyy-MM}, refused naming {@code month} otherwise. */
final class StatementRequests {

	private StatementRequests() {
	}

	static YearMonth month(String text) {
		try {
			YearMonth month = YearMonth.parse(text.trim());
			if (month.getYear() >= 1970 && month.getYear() <= 9999) {
				return month;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		throw new InvalidInput("month", "refusal.reporting.month.invalid");
	}
}
