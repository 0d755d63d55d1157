package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Premier Severity 1 runs 24x7: business time is elapsed time and the calendar never closes. */
class AlwaysOpenCalendarTest {

	private final BusinessCalendar premier = BusinessCalendar.of(CalendarDefinition.alwaysOpen(BERLIN));

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (UTC)          | target | due (UTC)             | why
			2026-03-07T23:50:00Z   | PT15M  | 2026-03-08T00:05:00Z  | Premier Severity 1: 15 min around the clock, Saturday night too
			2026-03-29T00:30:00Z   | PT2H   | 2026-03-29T02:30:00Z  | the DST night is as long as it is
			2026-03-07T10:00:00Z   | PT0S   | 2026-03-07T10:00:00Z  | a zero target is the start
			""")
	void addsElapsedTime(Instant start, Duration target, Instant due, String why) {
		assertThat(premier.add(start, target)).as(why).isEqualTo(due);
		assertThat(premier.elapsed(start, due)).as(why).isEqualTo(target);
	}

	@Test
	void isAlwaysOpenAndNeverCloses() {
		Instant sunday = berlin("2026-03-08T03:00");

		assertThat(premier.isOpen(sunday)).isTrue();
		assertThat(premier.nextOpening(sunday)).contains(sunday);
		assertThat(premier.nextClosing(sunday)).isEmpty();
	}

	@Test
	void countsEveryDateAsABusinessDate() {
		assertThat(premier.addBusinessDays(berlin("2026-03-07T10:00"), 1)).isEqualTo(berlin("2026-03-08T10:00"));
		assertThat(BusinessCalendar.alwaysOpen().addBusinessDays(Instant.parse("2026-03-07T10:00:00Z"), 3))
				.isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
	}
}
