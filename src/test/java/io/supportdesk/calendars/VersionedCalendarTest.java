package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.berlin;
import static io.supportdesk.calendars.CalendarFixtures.standardHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A calendar edit at Wednesday 11 Mar 2026 12:00 Berlin shortens the hours from 08:00–20:00 to
 * 08:00–16:00 (Mon–Fri): business time before the edit counts under the old hours, after it under
 * the new ones.
 */
class VersionedCalendarTest {

	private static final String EDIT = "2026-03-11T12:00";

	private final BusinessCalendar versioned = BusinessCalendar.versioned(List.of(
			CalendarVersion.of(berlin("2026-01-01T00:00"), standardHours().build()),
			CalendarVersion.of(berlin(EDIT), CalendarDefinition.builder(CalendarFixtures.BERLIN)
					.mondayToFriday(OpeningHours.of("08:00", "16:00")).build())));

	@ParameterizedTest(name = "{0} + {1} = {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# start (Berlin)  | target | due (Berlin)     | why
			2026-03-11T10:00  | PT8H   | 2026-03-12T10:00 | 2h before the edit (old hours), 12:00–16:00 under the new, 2h Thursday
			2026-03-10T18:00  | PT8H   | 2026-03-11T14:00 | 2h Tuesday under the old hours, 6h Wednesday from 08:00 (edit at 12:00 does not matter until 16:00)
			2026-03-11T17:00  | PT0S   | 2026-03-12T08:00 | after the edit 17:00 is closed
			2026-03-09T10:00  | PT10H  | 2026-03-10T08:00 | before the edit the old hours hold: 10:00 + 10h ends at the 20:00 closing
			""")
	void countsBusinessTimeUnderTheVersionInForce(String start, Duration target, String due, String why) {
		assertThat(versioned.add(berlin(start), target)).as(why).isEqualTo(berlin(due));
	}

	@Test
	void elapsedTimeSpansTheEdit() {
		// Tue 18–20 (2h, old) + Wed 08–12 (4h, old) + Wed 12–16 (4h, new) + Thu 08–09 (1h, new)
		assertThat(versioned.elapsed(berlin("2026-03-10T18:00"), berlin("2026-03-12T09:00"))).isEqualTo(Duration.ofHours(11));
	}

	@Test
	void theEditDoesNotChangeTheOldHoursInThePast() {
		assertThat(versioned.isOpen(berlin("2026-03-10T19:00"))).isTrue();
		assertThat(versioned.isOpen(berlin("2026-03-11T19:00"))).isFalse();
	}

	@Test
	void anEditFromAlwaysOpenToBusinessHoursClosesAtTheFirstClosingAfterIt() {
		BusinessCalendar edited = BusinessCalendar.versioned(List.of(
				new CalendarVersion(berlin("2026-01-01T00:00"), BusinessCalendar.alwaysOpen()),
				CalendarVersion.of(berlin("2026-03-09T10:00"), standardHours().build())));

		assertThat(edited.nextClosing(berlin("2026-03-07T10:00"))).contains(berlin("2026-03-09T20:00"));
		// 14h around the clock until the edit, 10h of Monday's hours: ends at the 20:00 closing
		assertThat(edited.add(berlin("2026-03-08T20:00"), Duration.ofHours(24))).isEqualTo(berlin("2026-03-10T08:00"));
	}

	@Test
	void rejectsVersionsOutOfOrder() {
		assertThatThrownBy(() -> BusinessCalendar.versioned(List.of(
				CalendarVersion.of(berlin(EDIT), standardHours().build()),
				CalendarVersion.of(berlin("2026-01-01T00:00"), standardHours().build()))))
				.isInstanceOfSatisfying(InvalidCalendarException.class,
						e -> assertThat(e.field()).isEqualTo("versions[1].effectiveFrom"));
	}
}
