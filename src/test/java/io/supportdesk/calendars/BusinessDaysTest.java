package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business-day targets on the Standard hours (Mon–Fri 08:00–20:00 Berlin) with Good Friday
 * (3 Apr), Easter Monday (6 Apr), 1 May, 25/26 Dec 2026 and 1 Jan 2027 as holidays, and
 * 24 Dec 2026 as a half day (08:00–12:00).
 */
class BusinessDaysTest {

	private final BusinessCalendar standard = BusinessCalendar.of(standardHours()
			.holidays(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-01"),
					LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2027-01-01"))
			.override(LocalDate.parse("2026-12-24"), OpeningHours.of("08:00", "12:00"))
			.build());

	@ParameterizedTest(name = "{0} + {1} business days = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | days | due (Berlin)     | why
			2026-03-09T10:00  | 1    | 2026-03-10T10:00 | Severity 3, 1 business day: same clock time on the next business date
			2026-03-06T18:30  | 3    | 2026-03-11T18:30 | Severity 4, 3 business days from Friday: Mon, Tue, Wed at 18:30
			2026-03-06T18:30  | 1    | 2026-03-09T18:30 | from Friday evening, the first business date is Monday
			2026-03-07T10:00  | 1    | 2026-03-09T10:00 | from Saturday, the first business date after it is Monday
			2026-03-08T22:00  | 1    | 2026-03-10T08:00 | Monday 22:00 is outside hours: moved forward to Tuesday's opening
			2026-03-09T06:00  | 1    | 2026-03-10T08:00 | Tuesday 06:00 is before opening: moved forward to 08:00
			2026-04-02T15:00  | 1    | 2026-04-07T15:00 | Good Friday and Easter Monday are holidays: Tuesday
			2026-04-03T10:00  | 1    | 2026-04-07T10:00 | starting on a holiday: the next business date is Tuesday
			2026-04-30T09:00  | 1    | 2026-05-04T09:00 | 1 May (Friday) is a holiday: Monday
			2026-03-07T10:00  | 0    | 2026-03-09T08:00 | zero days on Saturday: the next business moment
			2026-03-09T10:00  | 0    | 2026-03-09T10:00 | zero days while open: the start itself
			2026-12-23T14:00  | 1    | 2026-12-28T08:00 | 24 Dec counts (half day) but 14:00 is after its 12:00 close; 25/26 Dec holidays
			2026-12-23T10:00  | 1    | 2026-12-24T10:00 | 24 Dec at 10:00 is inside the half day
			2026-12-30T09:00  | 2    | 2027-01-04T09:00 | 31 Dec, (1 Jan holiday), Mon 4 Jan
			2026-03-27T18:30  | 1    | 2026-03-30T18:30 | over the spring-forward weekend: 18:30 CEST on Monday
			""")
	void addsBusinessDays(String start, int days, String due, String why) {
		assertThat(standard.addBusinessDays(berlin(start), days)).as(why).isEqualTo(berlin(due));
	}
}
