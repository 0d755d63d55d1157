package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proctored exam coverage: Standard hours (Mon–Fri 08:00–20:00 Berlin) ∪ booked exam windows
 * (Saturday 7 Mar 2026 08:00–20:00 Berlin, and Monday 9 Mar 2026 20:00–22:00, touching the close).
 */
class UnionCalendarTest {

	private final BusinessCalendar exams = BusinessCalendar.of(CalendarDefinition.builder(BERLIN)
			.extraWindow(berlin("2026-03-07T08:00"), berlin("2026-03-07T20:00"))
			.extraWindow(berlin("2026-03-09T20:00"), berlin("2026-03-09T22:00"))
			.build());
	private final BusinessCalendar proctored = BusinessCalendar.union(BusinessCalendar.of(standardHours().build()), exams);

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | target | due (Berlin)     | why
			2026-03-07T09:00  | PT45M  | 2026-03-07T09:45 | inside the Saturday exam window the clock runs
			2026-03-06T19:30  | PT1H   | 2026-03-07T08:30 | 30 min on Friday, then the exam window opens Saturday 08:00
			2026-03-07T19:30  | PT1H   | 2026-03-09T08:30 | 30 min left in the window, then Monday's hours
			2026-03-09T19:45  | PT30M  | 2026-03-09T20:15 | 20:00 is no closing: the exam window touches the business hours
			2026-03-09T21:30  | PT1H   | 2026-03-10T08:30 | the window closes at 22:00
			""")
	void runsTheClockInHoursAndInWindows(String start, Duration target, String due, String why) {
		assertThat(proctored.add(berlin(start), target)).as(why).isEqualTo(berlin(due));
	}

	@Test
	void touchingIntervalsMergeIntoOneOpenPeriod() {
		assertThat(proctored.nextClosing(berlin("2026-03-09T10:00"))).contains(berlin("2026-03-09T22:00"));
		assertThat(proctored.isOpen(berlin("2026-03-09T20:00"))).isTrue();
	}

	@Test
	void extraWindowsAddTimeButNoBusinessDates() {
		assertThat(proctored.addBusinessDays(berlin("2026-03-06T10:00"), 1))
				.as("Saturday has an exam window but is no business date").isEqualTo(berlin("2026-03-09T10:00"));
	}

	@Test
	void aUnionWithAnAlwaysOpenCalendarIsAlwaysOpen() {
		BusinessCalendar union = BusinessCalendar.union(BusinessCalendar.of(standardHours().build()), BusinessCalendar.alwaysOpen());

		assertThat(union.isOpen(berlin("2026-03-08T03:00"))).isTrue();
		assertThat(union.nextClosing(berlin("2026-03-08T03:00"))).isEmpty();
		assertThat(union.add(berlin("2026-03-08T03:00"), Duration.ofHours(30))).isEqualTo(berlin("2026-03-09T09:00"));
	}
}
