package io.supportdesk.calendars.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.supportdesk.calendars.CalendarDocument;

/** The request bodies of the calendars API. */
final class CalendarRequests {

	private CalendarRequests() {
	}

	/**
	 * A calendar: its name and definition; on update, {@code effectiveFrom} (default: now) says from
	 * when the new definition applies.
	 */
	record CalendarBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String zone,
			Boolean alwaysOpen, @Size(max = 7) Map<DayOfWeek, List<CalendarDocument.Hours>> weeklyHours,
			@Size(max = 2000) List<LocalDate> holidays,
			@Size(max = 2000) Map<LocalDate, List<CalendarDocument.Hours>> dateOverrides,
			@Size(max = 5000) List<CalendarDocument.Window> extraWindows, Instant effectiveFrom) {

		CalendarDocument document() {
			return new CalendarDocument(zone, alwaysOpen, weeklyHours, holidays, dateOverrides, extraWindows);
		}
	}

	/** Import public holidays of a country (ISO code, e.g. {@code de}) and optional subdivision (e.g. {@code by}). */
	record HolidayImportBody(@NotBlank @Size(max = 8) String country, @Size(max = 16) String subdivision,
			@NotNull @Min(1970) @Max(2100) Integer fromYear, @NotNull @Min(1970) @Max(2100) Integer toYear) {
	}

	record HolidayBody(@NotNull LocalDate date) {
	}
}
