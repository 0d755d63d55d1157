package io.supportdesk.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/**
 * The length of a report's periods, their boundaries at local midnight in the report's zone: a day, an
 * ISO week (Monday to Sunday) or a calendar month.
 */
public enum Period {

	DAY, WEEK, MONTH;

	/** PostgreSQL's {@code date_trunc} field for it. */
	String field() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The period's name as reports show it: {@code 2026-11-03}, {@code 2026-W45}, {@code 2026-11}. */
	public String label(LocalDate start) {
		return switch (this) {
			case DAY -> start.toString();
			case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> start.format(DateTimeFormatter.ofPattern("yyyy-MM"));
		};
	}
}
