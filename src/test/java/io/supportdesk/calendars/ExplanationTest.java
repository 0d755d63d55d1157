package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An explanation shows the arithmetic behind a due instant, interval by interval. */
class ExplanationTest {

	private final BusinessCalendar standard = BusinessCalendar.of(standardHours().build());

	@Test
	void explainsTheSeverity2TargetIntervalByInterval() {
		Explanation explanation = standard.explainAdd(berlin("2026-03-06T18:30"), Duration.ofHours(8));

		assertThat(explanation.result()).isEqualTo(berlin("2026-03-09T14:30"));
		assertThat(explanation.businessTime()).isEqualTo(Duration.ofHours(8));
		assertThat(explanation.intervals()).containsExactly(
				new Explanation.CountedInterval(berlin("2026-03-06T18:30"), berlin("2026-03-06T20:00"),
						LocalDateTime.parse("2026-03-06T18:30"), LocalDateTime.parse("2026-03-06T20:00"),
						Duration.ofMinutes(90)),
				new Explanation.CountedInterval(berlin("2026-03-09T08:00"), berlin("2026-03-09T14:30"),
						LocalDateTime.parse("2026-03-09T08:00"), LocalDateTime.parse("2026-03-09T14:30"),
						Duration.ofMinutes(390)));
		assertThat(explanation.describe()).isEqualTo("""
                add 8h of business time to 2026-03-06T17:30:00Z (Fri 2026-03-06 18:30 Europe/Berlin)
                  counted intervals:
                    Fri 2026-03-06 18:30 – Fri 2026-03-06 20:00  (2026-03-06T17:30:00Z – 2026-03-06T19:00:00Z)  1h 30m  [total 1h 30m]
                    Mon 2026-03-09 08:00 – Mon 2026-03-09 14:30  (2026-03-09T07:00:00Z – 2026-03-09T13:30:00Z)  6h 30m  [total 8h]
                = due 2026-03-09T13:30:00Z (Mon 2026-03-09 14:30 Europe/Berlin)""");
	}

	@Test
	void explainsBusinessDaysByTheDatesCounted() {
		Explanation explanation = standard.explainAddBusinessDays(berlin("2026-03-06T18:30"), 3);

		assertThat(explanation.businessDates()).containsExactly(
				LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"));
		assertThat(explanation.result()).isEqualTo(berlin("2026-03-11T18:30"));
		assertThat(explanation.businessTime()).isEqualTo(Duration.ofMinutes(90 + 3 * 12 * 60 - 90));
		assertThat(explanation.describe())
				.contains("add 3 business day(s) to 2026-03-06T17:30:00Z (Fri 2026-03-06 18:30 Europe/Berlin)")
				.contains("business dates counted: Mon 2026-03-09, Tue 2026-03-10, Wed 2026-03-11")
				.contains("same local time on Wed 2026-03-11: 2026-03-11T17:30:00Z (Wed 2026-03-11 18:30 Europe/Berlin) (open)");
	}

	@Test
	void saysWhenTheSameLocalTimeWasOutsideHours() {
		Explanation explanation = standard.explainAddBusinessDays(berlin("2026-03-08T22:00"), 1);

		assertThat(explanation.result()).isEqualTo(berlin("2026-03-10T08:00"));
		assertThat(explanation.describe()).contains("(outside hours: moved forward to the next opening)");
	}

	@Test
	void explainsElapsedTime() {
		Explanation explanation = standard.explainElapsed(berlin("2026-03-09T19:00"), berlin("2026-03-10T09:00"));

		assertThat(explanation.businessTime()).isEqualTo(Duration.ofHours(2));
		assertThat(explanation.intervals()).hasSize(2);
		assertThat(explanation.toString()).endsWith("= elapsed 2h");
	}

	@Test
	void explainsAnAlwaysOpenTarget() {
		Explanation explanation = BusinessCalendar.alwaysOpen().explainAdd(berlin("2026-03-07T10:00"), Duration.ofMinutes(15));

		assertThat(explanation.intervals()).singleElement()
				.extracting(Explanation.CountedInterval::counted).isEqualTo(Duration.ofMinutes(15));
	}
}
