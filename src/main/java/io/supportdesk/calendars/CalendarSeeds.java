package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.Year;
import java.time.ZoneId;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;

/**
 * The calendars every installation starts with (SPEC.md §2): "Standard business hours" —
 * Europe/Berlin, Monday to Friday 08:00–20:00, minus Germany's nationwide public holidays of
 * {@value #FIRST_HOLIDAY_YEAR}–{@value #LAST_HOLIDAY_YEAR} (managers add regional ones) — and "24x7".
 * Created once; managers edit them like any other calendar.
 */
@Component
@Order(5)
class CalendarSeeds implements ApplicationRunner {

	static final int FIRST_HOLIDAY_YEAR = 2020;

	static final int LAST_HOLIDAY_YEAR = 2040;

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final CalendarManagement calendars;

	CalendarSeeds(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser system = CurrentUser.system();
		if (calendars.byName(CalendarManagement.STANDARD_BUSINESS_HOURS).isEmpty()) {
			calendars.create(system, CalendarManagement.STANDARD_BUSINESS_HOURS, standardBusinessHours(), true);
		}
		if (calendars.byName(CalendarManagement.ALWAYS_OPEN).isEmpty()) {
			calendars.create(system, CalendarManagement.ALWAYS_OPEN, CalendarDefinition.alwaysOpen(BERLIN), true);
		}
	}

	static CalendarDefinition standardBusinessHours() {
		CalendarDefinition.Builder builder = CalendarDefinition.builder(BERLIN);
		for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
			builder.weekly(day, OpeningHours.of("08:00", "20:00"));
		}
		return builder
			.holidays(HolidayImport.country("de").dates(Year.of(FIRST_HOLIDAY_YEAR), Year.of(LAST_HOLIDAY_YEAR)))
			.build();
	}
}
