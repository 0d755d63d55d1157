package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lunch breaks and the portal's questions: open now? until when? next opening? (Berlin, Mon–Fri 08:00–12:00, 13:00–17:00). */
class OpeningAndClosingTest {

	private final BusinessCalendar withLunch = BusinessCalendar.of(CalendarDefinition.builder(BERLIN)
			.mondayToFriday(OpeningHours.of("08:00", "12:00"), OpeningHours.of("13:00", "17:00")).build());

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | target | due (Berlin)     | why
			2026-03-09T11:30  | PT1H   | 2026-03-09T13:30 | 30 min before lunch, 30 min after
			2026-03-09T11:00  | PT1H   | 2026-03-09T13:00 | ends exactly at the 12:00 lunch closing: due when lunch ends
			2026-03-09T12:15  | PT0S   | 2026-03-09T13:00 | zero target during lunch: the next opening
			2026-03-09T16:00  | PT2H   | 2026-03-10T09:00 | 1h before 17:00, 1h from Tuesday 08:00
			""")
	void lunchBreaksPauseTheClock(String start, Duration target, String due, String why) {
		assertThat(withLunch.add(berlin(start), target)).as(why).isEqualTo(berlin(due));
	}

	@ParameterizedTest(name = "at {0}: open={1}, next opening {2}, next closing {3}: {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# instant (Berlin) | open  | next opening     | next closing     | why
			2026-03-09T09:00   | true  | 2026-03-09T09:00 | 2026-03-09T12:00 | open: it is open now, until lunch
			2026-03-09T12:00   | false | 2026-03-09T13:00 | 2026-03-09T17:00 | lunch: opens at 13:00, then closes at 17:00
			2026-03-09T08:00   | true  | 2026-03-09T08:00 | 2026-03-09T12:00 | the opening instant itself is open
			2026-03-13T17:00   | false | 2026-03-16T08:00 | 2026-03-16T12:00 | Friday after hours: Monday
			2026-03-14T10:00   | false | 2026-03-16T08:00 | 2026-03-16T12:00 | Saturday
			""")
	void answersThePortalQuestions(String instant, boolean open, String nextOpening, String nextClosing, String why) {
		assertThat(withLunch.isOpen(berlin(instant))).as(why).isEqualTo(open);
		assertThat(withLunch.nextOpening(berlin(instant))).as(why).contains(berlin(nextOpening));
		assertThat(withLunch.nextClosing(berlin(instant))).as(why).contains(berlin(nextClosing));
	}

	@Test
	void measuresAWorkingDayWithoutTheBreak() {
		assertThat(withLunch.elapsed(berlin("2026-03-09T08:00"), berlin("2026-03-09T17:00"))).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void aCalendarWithoutHoursNeverOpens() {
		BusinessCalendar closed = BusinessCalendar.of(CalendarDefinition.builder(BERLIN).build());

		assertThat(closed.nextOpening(berlin("2026-03-09T08:00"))).isEqualTo(Optional.empty());
		assertThat(closed.nextClosing(berlin("2026-03-09T08:00"))).isEqualTo(Optional.empty());
		assertThat(closed.elapsed(berlin("2026-03-09T08:00"), berlin("2027-03-09T08:00"))).isZero();
		assertThatIllegalStateException()
				.isThrownBy(() -> closed.add(berlin("2026-03-09T08:00"), Duration.ofMinutes(1)))
				.withMessageContaining("no business time left");
	}
}
