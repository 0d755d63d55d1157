package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static io.supportdesk.calendars.CalendarFixtures.NEW_YORK;
import static io.supportdesk.calendars.CalendarFixtures.allDayEveryDay;
import static io.supportdesk.calendars.CalendarFixtures.local;
import static io.supportdesk.calendars.CalendarFixtures.offset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Daylight saving time: business time is real elapsed time; a local time in a spring-forward gap
 * moves forward by the gap; one in a fall-back overlap takes the earlier offset. Instants are
 * written with their offsets so each row says which of two equal local times it means.
 */
class DaylightSavingTest {

	@ParameterizedTest(name = "{0}: {1} + {2} = {3}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# zone           | start                   | target | due                     | why
			Europe/Berlin    | 2026-03-29T01:30+01:00  | PT60M  | 2026-03-29T03:30+02:00  | 02:00–03:00 does not exist: 60 real minutes reach 03:30 CEST
			Europe/Berlin    | 2026-03-29T00:00+01:00  | PT23H  | 2026-03-30T00:00+02:00  | the spring-forward day is 23 hours long
			Europe/Berlin    | 2026-10-25T02:30+02:00  | PT60M  | 2026-10-25T02:30+01:00  | 02:30 occurs twice: 60 real minutes after the first is the second
			Europe/Berlin    | 2026-10-25T00:00+02:00  | PT25H  | 2026-10-26T00:00+01:00  | the fall-back day is 25 hours long
			America/New_York | 2026-03-08T01:30-05:00  | PT60M  | 2026-03-08T03:30-04:00  | New York springs forward at 02:00 on 8 March
			America/New_York | 2026-11-01T01:30-04:00  | PT60M  | 2026-11-01T01:30-05:00  | New York falls back at 02:00 on 1 November
			""")
	void countsRealMinutesAcrossTheDstNight(ZoneId zone, String start, String target, String due, String why) {
		for (BusinessCalendar calendar : new BusinessCalendar[] {allDayEveryDay(zone), BusinessCalendar.alwaysOpen(zone)}) {
			assertThat(calendar.add(offset(start), Duration.parse(target))).as(why).isEqualTo(offset(due));
			assertThat(calendar.elapsed(offset(start), offset(due))).as(why).isEqualTo(Duration.parse(target));
		}
	}

	@ParameterizedTest(name = "{0}: {1} + {2} = {3}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# zone           | start (local)     | target | due (local)       | why
			Europe/Berlin    | 2026-03-27T16:00  | PT2H   | 2026-03-30T10:00  | 9–17 hours: 1h on Friday, 1h on the Monday after the change
			Europe/Berlin    | 2026-10-23T16:30  | PT1H   | 2026-10-26T09:30  | fall-back weekend: local clock times carry over
			America/New_York | 2026-03-06T16:00  | PT2H   | 2026-03-09T10:00  | New York 9–17: 1h Friday EST, 1h Monday EDT
			America/New_York | 2026-10-30T16:30  | PT1H   | 2026-11-02T09:30  | New York fall-back weekend
			""")
	void businessHoursFollowTheLocalClockOnDstWeekends(ZoneId zone, String start, String target, String due, String why) {
		BusinessCalendar nineToFive = BusinessCalendar.of(CalendarDefinition.builder(zone)
				.mondayToFriday(OpeningHours.of("09:00", "17:00")).build());
		assertThat(nineToFive.add(local(start, zone), Duration.parse(target))).as(why).isEqualTo(local(due, zone));
	}

	@ParameterizedTest(name = "Sunday 02:00–04:00 on {0} in Berlin counts {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# Sunday      | business time | why
			2026-03-22    | PT2H          | an ordinary Sunday
			2026-03-29    | PT1H          | 02:00 does not exist and moves to 03:00 CEST: open 03:00–04:00
			2026-10-25    | PT3H          | 02:00 is taken at its first (CEST) occurrence, 04:00 is CET: three real hours
			""")
	void intervalsTouchingTheDstHourAreAsLongAsTheyReallyAre(String sunday, Duration expected, String why) {
		BusinessCalendar earlySunday = BusinessCalendar.of(CalendarDefinition.builder(BERLIN)
				.weekly(DayOfWeek.SUNDAY, OpeningHours.of("02:00", "04:00")).build());
		assertThat(earlySunday.elapsed(local(sunday + "T00:00", BERLIN), local(sunday + "T12:00", BERLIN)))
				.as(why).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} + {2} business day(s) = {3}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# zone           | start                   | days | due                     | why
			Europe/Berlin    | 2026-03-28T02:30+01:00  | 1    | 2026-03-29T03:30+02:00  | Sunday 02:30 does not exist: moved forward by the one-hour gap
			Europe/Berlin    | 2026-10-24T02:30+02:00  | 1    | 2026-10-25T02:30+02:00  | Sunday 02:30 occurs twice: the earlier (CEST) one
			Europe/Berlin    | 2026-10-25T02:30+01:00  | 1    | 2026-10-26T02:30+01:00  | from the second 02:30: Monday 02:30
			America/New_York | 2026-03-07T02:15-05:00  | 1    | 2026-03-08T03:15-04:00  | 02:15 on 8 March does not exist in New York
			America/New_York | 2026-10-31T01:45-04:00  | 1    | 2026-11-01T01:45-04:00  | 01:45 on 1 November occurs twice: the earlier (EDT)
			""")
	void businessDaysResolveMissingAndRepeatedLocalTimes(ZoneId zone, String start, int days, String due, String why) {
		for (BusinessCalendar calendar : new BusinessCalendar[] {allDayEveryDay(zone), BusinessCalendar.alwaysOpen(zone)}) {
			assertThat(calendar.addBusinessDays(offset(start), days)).as(why).isEqualTo(offset(due));
		}
	}

	@ParameterizedTest(name = "Pacific/Apia skipped 30 Dec 2011: {0} + {1} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (local)   | days | due (local)       | why
			2011-12-29T10:00  | 1    | 2011-12-31T10:00  | 30 December never happened there, so it is no business date
			""")
	void aSkippedDateIsNoBusinessDate(String start, int days, String due, String why) {
		ZoneId apia = ZoneId.of("Pacific/Apia");
		assertThat(allDayEveryDay(apia).addBusinessDays(local(start, apia), days)).as(why).isEqualTo(local(due, apia));
		assertThat(allDayEveryDay(apia).elapsed(local("2011-12-29T00:00", apia), local("2012-01-01T00:00", apia)))
				.as("29 and 31 December: 48 hours").isEqualTo(Duration.ofHours(48));
	}
}
