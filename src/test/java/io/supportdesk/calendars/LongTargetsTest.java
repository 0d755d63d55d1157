package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets of years: a Standard week holds 60 business hours (5 x 12h), whatever DST does. */
class LongTargetsTest {

	private final BusinessCalendar standard = BusinessCalendar.of(standardHours().build());

	@ParameterizedTest(name = "{0} weeks of business time from Monday 08:00")
	@CsvSource({"1", "52", "520", "1040"})
	void wholeWeeksOfBusinessTimeEndAtAFridayClosingAndAreDueTheNextMonday(int weeks) {
		Instant monday = berlin("2026-03-09T08:00");
		Duration target = Duration.ofHours(60L * weeks);
		Instant nextMonday = ZonedDateTime.of(LocalDateTime.parse("2026-03-09T08:00").plusWeeks(weeks), BERLIN).toInstant();

		assertThat(standard.add(monday, target)).isEqualTo(nextMonday);
		assertThat(standard.elapsed(monday, nextMonday)).isEqualTo(target);
	}

	@Test
	void twentyYearsFromTheEndOfTheSupportedRange() {
		Instant start = Instant.parse("2100-12-31T10:00:00Z");

		assertThat(BusinessCalendar.alwaysOpen().add(start, Duration.ofDays(20 * 365))).isEqualTo(start.plus(Duration.ofDays(20 * 365)));
		assertThat(standard.add(start, Duration.ofHours(60L * 52 * 20))).isAfter(Instant.parse("2120-12-01T00:00:00Z"));
		assertThat(standard.addBusinessDays(start, 20 * 260)).isAfter(Instant.parse("2120-12-01T00:00:00Z"));
	}

	@Test
	void businessDaysFarAheadCountEveryWeekday() {
		// 5,000 business days without holidays are exactly 1,000 weeks
		assertThat(standard.addBusinessDays(berlin("1975-06-02T10:00"), 5000))
				.isEqualTo(ZonedDateTime.of(LocalDateTime.parse("1975-06-02T10:00").plusWeeks(1000), BERLIN).toInstant());
	}
}
