package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bad arguments get an {@link IllegalArgumentException} that says what was wrong. */
class ArgumentChecksTest {

	private final BusinessCalendar standard = BusinessCalendar.of(standardHours().build());
	private final BusinessCalendar premier = BusinessCalendar.alwaysOpen();

	@Test
	void rejectsANegativeTarget() {
		for (BusinessCalendar calendar : new BusinessCalendar[] {standard, premier}) {
			assertThatIllegalArgumentException()
					.isThrownBy(() -> calendar.add(berlin("2026-03-09T10:00"), Duration.ofMinutes(-5)))
					.withMessage("business time PT-5M is negative; a target is zero or more");
			assertThatIllegalArgumentException()
					.isThrownBy(() -> calendar.addBusinessDays(berlin("2026-03-09T10:00"), -1))
					.withMessage("business days -1 is negative; a target is zero or more");
		}
	}

	@Test
	void rejectsARangeThatEndsBeforeItStarts() {
		for (BusinessCalendar calendar : new BusinessCalendar[] {standard, premier}) {
			assertThatIllegalArgumentException()
					.isThrownBy(() -> calendar.elapsed(berlin("2026-03-09T10:00"), berlin("2026-03-09T09:00")))
					.withMessage("from 2026-03-09T09:00:00Z is after to 2026-03-09T08:00:00Z; elapsed business time needs from <= to");
		}
	}

	@Test
	void rejectsInstantsOutsideTheSupportedRange() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> standard.isOpen(Instant.parse("1969-12-31T23:59:59Z")))
				.withMessageStartingWith("instant 1969-12-31T23:59:59Z is outside the supported range");
		assertThatIllegalArgumentException()
				.isThrownBy(() -> standard.add(Instant.parse("2101-01-01T00:00:00Z"), Duration.ZERO))
				.withMessageStartingWith("start 2101-01-01T00:00:00Z is outside the supported range");
		assertThatIllegalArgumentException()
				.isThrownBy(() -> standard.add(null, Duration.ZERO))
				.withMessage("start is required");
	}

	@Test
	void rejectsTargetsBeyondFortyYears() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> standard.add(berlin("2026-03-09T10:00"), Duration.ofDays(50 * 366)))
				.withMessageContaining("exceeds the supported 40 years");
	}
}
