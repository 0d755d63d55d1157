package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Calendars and instants the table-driven tests share. */
final class CalendarFixtures {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private CalendarFixtures() {
	}

	/** Standard business hours: Monday–Friday 08:00–20:00 Europe/Berlin, no holidays. */
	static CalendarDefinition.Builder standardHours() {
		return CalendarDefinition.builder(BERLIN).mondayToFriday(OpeningHours.of("08:00", "20:00"));
	}

	/** Standard business hours with the German nationwide holidays around Easter, May and Christmas 2026. */
	static BusinessCalendar standardWithHolidays() {
		return BusinessCalendar.of(standardHours()
				.holidays(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-01"),
						LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2027-01-01"))
				.build());
	}

	/** Open 00:00–24:00 every day in {@code zone}, as a definition with hours (not the 24x7 fast path). */
	static BusinessCalendar allDayEveryDay(ZoneId zone) {
		CalendarDefinition.Builder builder = CalendarDefinition.builder(zone);
		for (DayOfWeek day : DayOfWeek.values()) {
			builder.weekly(day, OpeningHours.allDay());
		}
		return BusinessCalendar.of(builder.build());
	}

	/** @return the instant of a local date-time ({@code 2026-03-06T18:30}) in Berlin */
	static Instant berlin(String localDateTime) {
		return local(localDateTime, BERLIN);
	}

	/** @return the instant of a local date-time in {@code zone}, resolved with java.time's defaults */
	static Instant local(String localDateTime, ZoneId zone) {
		return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
	}

	/** @return the instant of a date-time with offset ({@code 2026-10-25T02:30+01:00}) */
	static Instant offset(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}
}
