package io.supportdesk.calendars;

import static io.supportdesk.calendars.CalendarFixtures.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid definitions are rejected with the offending field's path in the API's JSON shape. */
class CalendarDefinitionValidationTest {

	private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

	static Stream<Arguments> invalidDefinitions() {
		return Stream.of(
				invalid("overlapping intervals on a weekday", "weeklyHours.MONDAY[1]", "overlaps 08:00–12:00",
						() -> CalendarDefinition.builder(BERLIN).weekly(DayOfWeek.MONDAY,
								OpeningHours.of("08:00", "12:00"), OpeningHours.of("11:00", "14:00")).build()),
				invalid("an interval that ends before it starts", "weeklyHours.FRIDAY[0]", "from 20:00 is not before to 08:00",
						() -> CalendarDefinition.builder(BERLIN).weekly(DayOfWeek.FRIDAY, OpeningHours.of("20:00", "08:00")).build()),
				invalid("an empty interval", "weeklyHours.TUESDAY[0]", "from 09:00 is not before to 09:00",
						() -> CalendarDefinition.builder(BERLIN).weekly(DayOfWeek.TUESDAY, OpeningHours.of("09:00", "09:00")).build()),
				invalid("an unknown zone", "zone", "'Mars/Olympus' is not a known time zone",
						() -> CalendarDefinition.builder("Mars/Olympus")),
				invalid("no zone", "zone", "is required",
						() -> new CalendarDefinition(null, false, null, null, null, null)),
				invalid("an overlapping override", "dateOverrides.2026-12-24[1]", "overlaps 08:00–12:00",
						() -> CalendarDefinition.builder(BERLIN).override(LocalDate.parse("2026-12-24"),
								OpeningHours.of("08:00", "12:00"), OpeningHours.of("09:00", "10:00")).build()),
				invalid("an extra window that ends before it starts", "extraWindows[2]", "is not before to",
						() -> CalendarDefinition.builder(BERLIN).extraWindow(NOON, NOON.plusSeconds(60))
								.extraWindow(NOON, NOON.plusSeconds(120)).extraWindow(NOON, NOON.minusSeconds(60)).build()),
				invalid("always open with holidays", "alwaysOpen", "an always-open calendar has no weekly hours",
						() -> new CalendarDefinition(BERLIN, true, null, new TreeSet<>(Set.of(LocalDate.parse("2026-12-25"))), null, null)),
				invalid("a time after 24:00", "from", "'25:00' is not a time of day",
						() -> OpeningHours.of("25:00", "26:00")),
				invalid("a minute beyond the day", "to", "must be between 00:00 and 24:00",
						() -> new OpeningHours(0, 1441)));
	}

	private static Arguments invalid(String what, String field, String problem, ThrowingCallable definition) {
		return Arguments.of(what, field, problem, definition);
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@MethodSource("invalidDefinitions")
	void namesTheOffendingField(String what, String field, String problem, ThrowingCallable definition) {
		assertThatThrownBy(definition).isInstanceOfSatisfying(InvalidCalendarException.class, e -> {
			assertThat(e.field()).as(what).isEqualTo(field);
			assertThat(e.problem()).as(what).contains(problem);
			assertThat(e.getMessage()).startsWith(field + ": ");
		});
	}

	@Test
	void reRootsANestedErrorUnderItsParent() {
		assertThatThrownBy(() -> {
			try {
				OpeningHours.of("08:00", "24:30");
			} catch (InvalidCalendarException e) {
				throw e.under("weeklyHours.MONDAY[0]");
			}
		}).isInstanceOfSatisfying(InvalidCalendarException.class,
				e -> assertThat(e.field()).isEqualTo("weeklyHours.MONDAY[0].to"));
	}

	@Test
	void acceptsTouchingIntervalsAndMidnight() {
		CalendarDefinition definition = CalendarDefinition.builder(BERLIN).weekly(DayOfWeek.SATURDAY,
				OpeningHours.of("20:00", "24:00"), OpeningHours.of("08:00", "12:00"), OpeningHours.of("12:00", "14:00")).build();

		assertThat(definition.weeklyHours().get(DayOfWeek.SATURDAY)).hasSize(3);
		assertThat(OpeningHours.of("20:00", "24:00").endsAtMidnight()).isTrue();
		assertThat(OpeningHours.of("20:00", "24:00")).hasToString("20:00–24:00");
	}
}
