package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets on the Standard hours, Monday–Friday 08:00–20:00 Europe/Berlin (local times below). */
class BusinessHoursTest {

	private final BusinessCalendar standard = BusinessCalendar.of(standardHours().build());

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)    | target | due (Berlin)       | why
			2026-03-06T18:30    | PT8H   | 2026-03-09T14:30   | Severity 2 opened Friday 18:30: 1h30 until 20:00, then 6h30 from Monday 08:00
			2026-03-06T18:30    | PT4H   | 2026-03-09T10:30   | Severity 1: 1h30 on Friday, 2h30 on Monday
			2026-03-09T12:00    | PT8H   | 2026-03-10T08:00   | ends exactly at the 20:00 closing: due at the next opening
			2026-03-09T19:45    | PT15M  | 2026-03-10T08:00   | 19:45 + 15 min = 20:00, a closing: next opening
			2026-03-09T19:45    | PT16M  | 2026-03-10T08:01   | one minute past the closing carries over
			2026-03-09T10:00    | PT0S   | 2026-03-09T10:00   | a zero target while open is the start itself
			2026-03-07T10:00    | PT0S   | 2026-03-09T08:00   | a zero target on Saturday rolls forward to Monday's opening
			2026-03-09T20:00    | PT0S   | 2026-03-10T08:00   | 20:00 itself is closed (intervals are half-open)
			2026-03-09T07:00    | PT4H   | 2026-03-09T12:00   | the clock starts at the 08:00 opening
			2026-03-13T20:00    | PT12H  | 2026-03-17T08:00   | a whole business day from Friday's closing ends at Monday 20:00: Tuesday 08:00
			2026-03-27T18:00    | PT8H   | 2026-03-30T14:00   | over the DST weekend (29 March): 2h Friday, 6h Monday, local clock unchanged
			2026-10-23T18:00    | PT8H   | 2026-10-26T14:00   | over the fall-back weekend (25 October): same local arithmetic
			""")
	void addsBusinessTime(String start, Duration target, String due, String why) {
		assertThat(standard.add(berlin(start), target)).as(why).isEqualTo(berlin(due));
	}

	@ParameterizedTest(name = "{0} to {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# from (Berlin)     | to (Berlin)        | business time | why
			2026-03-06T18:30    | 2026-03-09T14:30   | PT8H          | the Severity 2 example measured back
			2026-03-07T10:00    | 2026-03-08T18:00   | PT0S          | nothing is counted on a weekend
			2026-03-09T19:00    | 2026-03-10T09:00   | PT2H          | 1h before closing, 1h after opening
			2026-03-09T08:00    | 2026-03-16T08:00   | PT60H         | a full week is 5 x 12h
			2026-03-09T10:00    | 2026-03-09T10:00   | PT0S          | an empty range
			""")
	void measuresElapsedBusinessTime(String from, String to, Duration expected, String why) {
		assertThat(standard.elapsed(berlin(from), berlin(to))).as(why).isEqualTo(expected);
	}
}
