package io.supportdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

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

	/** The first day of the period that holds {@code day}. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	/** The first day of the period after the one that starts on {@code start}. */
	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
		};
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
