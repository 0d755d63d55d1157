package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holidays and date overrides on the Standard hours (Mon–Fri 08:00–20:00 Berlin): 24 Dec 2026 is a
 * half day (08:00–12:00), 25/26 Dec holidays, Saturday 7 Mar 2026 a one-off open day (10:00–14:00),
 * 1 May 2026 (Friday) a holiday overridden with 09:00–13:00 coverage, and Tuesday 10 Mar 2026
 * closed by an empty override.
 */
class DateOverridesTest {

	private final BusinessCalendar calendar = BusinessCalendar.of(standardHours()
			.holidays(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2026-05-01"))
			.override(LocalDate.parse("2026-12-24"), OpeningHours.of("08:00", "12:00"))
			.override(LocalDate.parse("2026-03-07"), OpeningHours.of("10:00", "14:00"))
			.override(LocalDate.parse("2026-05-01"), OpeningHours.of("09:00", "13:00"))
			.override(LocalDate.parse("2026-03-10"))
			.build());

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | target | due (Berlin)     | why
			2026-12-24T11:00  | PT2H   | 2026-12-28T09:00 | half day: 1h until 12:00, 25/26 Dec holidays, Sunday closed, 1h on Monday
			2026-12-24T12:00  | PT0S   | 2026-12-28T08:00 | the half day closed at 12:00: next opening after the holidays
			2026-03-06T19:00  | PT2H   | 2026-03-07T11:00 | one-off open Saturday: 1h on Friday, 1h from Saturday 10:00
			2026-03-07T13:30  | PT1H   | 2026-03-09T08:30 | 30 min before the one-off Saturday closes, 30 min on Monday
			2026-04-30T19:30  | PT1H   | 2026-05-01T09:30 | the override wins over the 1 May holiday: 30 min Thursday, 30 min Friday from 09:00
			2026-05-01T12:30  | PT1H   | 2026-05-04T08:30 | 30 min until the override's 13:00 close, 30 min Monday
			2026-03-09T19:00  | PT2H   | 2026-03-11T09:00 | the empty override closes Tuesday: 1h Monday, 1h Wednesday
			""")
	void addsAroundHolidaysAndOverrides(String start, Duration target, String due, String why) {
		assertThat(calendar.add(berlin(start), target)).as(why).isEqualTo(berlin(due));
	}

	@ParameterizedTest(name = "{0} + {1} business day(s) = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | days | due (Berlin)     | why
			2026-03-06T11:00  | 1    | 2026-03-07T11:00 | the one-off open Saturday is a business date
			2026-03-06T15:00  | 1    | 2026-03-09T08:00 | ... Saturday 15:00 is after its 14:00 close: Monday's opening
			2026-03-09T09:00  | 1    | 2026-03-11T09:00 | Tuesday, closed by an empty override, is no business date
			2026-04-30T10:00  | 1    | 2026-05-01T10:00 | 1 May has override hours, so it is a business date despite the holiday
			""")
	void overridesDecideBusinessDates(String start, int days, String due, String why) {
		assertThat(calendar.addBusinessDays(berlin(start), days)).as(why).isEqualTo(berlin(due));
	}

	@ParameterizedTest(name = "open at {0}: {1} ({2})")
	@CsvSource(delimiter = '|', textBlock = """
			# instant (Berlin) | open  | why
			2026-12-24T11:59   | true  | inside the half day
			2026-12-24T12:00   | false | the half day's closing is exclusive
			2026-12-25T10:00   | false | holiday
			2026-05-01T10:00   | true  | override on a holiday: the override wins
			2026-05-01T14:00   | false | outside the override's hours (weekly hours do not apply on an override date)
			2026-03-07T10:00   | true  | the one-off Saturday opens at 10:00
			2026-03-10T12:00   | false | empty override
			""")
	void isOpen(String instant, boolean open, String why) {
		assertThat(calendar.isOpen(berlin(instant))).as(why).isEqualTo(open);
	}
}
