package io.supportdesk.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.media.Schema;

import io.supportdesk.shared.InvalidInput;

/** The forecast's query parameters, as sent; each read refuses a bad one naming it. */
record ForecastRequest(
		@Schema(description = "A day of the week to forecast (yyyy-MM-dd); default today", example = "2026-12-07") String weekOf,
		@Schema(description = "Zone of the week's hours (a region name)", example = "Europe/Berlin") String zone,
		@Schema(description = "Weeks of history to learn from, 1 to 52; default the setting (8)", example = "8") String weeks) {

	static final int MAX_WEEKS = 52;

	ZoneId readZone() {
		return new ReportRequest(null, null, zone, null, null, null, null, null, null, null, null, null).readZone();
	}

	LocalDate readWeekOf(Clock clock) {
		if (weekOf == null || weekOf.isBlank()) {
			return LocalDate.ofInstant(clock.instant(), readZone());
		}
		try {
			return LocalDate.parse(weekOf.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("weekOf", "refusal.reporting.date.invalid");
		}
	}

	Integer readWeeks() {
		if (weeks == null || weeks.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(weeks.trim());
			if (value >= 1 && value <= MAX_WEEKS) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new InvalidInput("weeks", "refusal.reporting.limit.invalid", MAX_WEEKS);
	}
}
