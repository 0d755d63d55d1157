package io.supportdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.supportdesk.accounts.UserId;

/** Who is on call: hand-offs, DST changes in two zones, overrides, restrictions, layers over layers. */
class RotaScheduleTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final UserId anna = user();

	private final UserId luc = user();

	private final UserId sofia = user();

	@Test
	void aWeeklyHandOffAtNineStaysAtNineLocalAcrossTheSpringChange() {
		// Berlin moves to summer time on Sunday 29 March 2026. First hand-off Monday 23 March 09:00 CET (08:00Z),
		// Anna first; the next is Monday 30 March 09:00 CEST = 07:00Z, not 08:00Z.
		RotaSchedule rota = new RotaSchedule(BERLIN, List.of(layer(LocalDateTime.parse("2026-03-23T09:00"),
				RotaSchedule.ShiftUnit.DAYS, 7, anna, luc)), List.of());

		assertThat(rota.onCallAt(Instant.parse("2026-03-23T07:59:59Z"))).as("before the first hand-off").isEmpty();
		assertThat(rota.onCallAt(Instant.parse("2026-03-23T08:00:00Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-03-30T06:59:59Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-03-30T07:00:00Z"))).contains(luc);
		// and two weeks on, Anna again at 09:00 CEST
		assertThat(rota.onCallAt(Instant.parse("2026-04-06T07:00:00Z"))).contains(anna);
	}

	@Test
	void aDailyShiftOverTheAutumnChangeLastsTwentyFiveHours() {
		// Berlin goes back to winter time on Sunday 25 October 2026 at 03:00 CEST. Daily 09:00 hand-offs: the shift
		// of Saturday 24 October runs from 09:00 CEST (07:00Z) to Sunday 09:00 CET (08:00Z) — 25 hours.
		RotaSchedule rota = new RotaSchedule(BERLIN, List.of(layer(LocalDateTime.parse("2026-10-24T09:00"),
				RotaSchedule.ShiftUnit.DAYS, 1, anna, luc)), List.of());

		assertThat(rota.onCallAt(Instant.parse("2026-10-24T07:00:00Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-10-25T07:59:59Z"))).as("24 h later, still Saturday's shift").contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-10-25T08:00:00Z"))).contains(luc);
	}

	@Test
	void twelveHourShiftsCountElapsedHoursInNewYorkAcrossItsSpringChange() {
		// New York moves to daylight time on Sunday 8 March 2026 at 02:00. Shifts of 12 elapsed hours from Saturday
		// 7 March 20:00 EST (01:00Z on the 8th): Anna until 13:00Z, Luc until 01:00Z on the 9th (21:00 EDT local).
		RotaSchedule rota = new RotaSchedule(NEW_YORK, List.of(layer(LocalDateTime.parse("2026-03-07T20:00"),
				RotaSchedule.ShiftUnit.HOURS, 12, anna, luc)), List.of());

		assertThat(rota.onCallAt(Instant.parse("2026-03-08T12:59:59Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-03-08T13:00:00Z"))).contains(luc);
		assertThat(rota.onCallAt(Instant.parse("2026-03-09T01:00:00Z"))).contains(anna);
	}

	@Test
	void aDailyHandOffInNewYorkStaysAtNineLocalAcrossItsSpringChange() {
		// Saturday 7 March 09:00 EST = 14:00Z; Sunday 8 March 09:00 EDT = 13:00Z; Monday 9 March 09:00 EDT = 13:00Z.
		RotaSchedule rota = new RotaSchedule(NEW_YORK, List.of(layer(LocalDateTime.parse("2026-03-07T09:00"),
				RotaSchedule.ShiftUnit.DAYS, 1, anna, luc, sofia)), List.of());

		assertThat(rota.onCallAt(Instant.parse("2026-03-07T14:00:00Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-03-08T12:59:59Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-03-08T13:00:00Z"))).contains(luc);
		assertThat(rota.onCallAt(Instant.parse("2026-03-09T13:00:00Z"))).contains(sofia);
	}

	@Test
	void anOverrideWinsOverTheLayersAndTheLatestOverrideOverAnEarlierOne() {
		RotaSchedule.Layer weekly = layer(LocalDateTime.parse("2026-12-07T09:00"), RotaSchedule.ShiftUnit.DAYS, 7, anna, luc);
		RotaSchedule.Override sofiaCovers = new RotaSchedule.Override(sofia, Instant.parse("2026-12-08T12:00:00Z"),
				Instant.parse("2026-12-08T18:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
		RotaSchedule.Override lucCoversPart = new RotaSchedule.Override(luc, Instant.parse("2026-12-08T14:00:00Z"),
				Instant.parse("2026-12-08T15:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"));
		RotaSchedule rota = new RotaSchedule(BERLIN, List.of(weekly), List.of(sofiaCovers, lucCoversPart));

		assertThat(rota.onCallAt(Instant.parse("2026-12-08T11:59:59Z"))).contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-12-08T12:00:00Z"))).contains(sofia);
		assertThat(rota.onCallAt(Instant.parse("2026-12-08T14:30:00Z"))).as("made later").contains(luc);
		assertThat(rota.onCallAt(Instant.parse("2026-12-08T18:00:00Z"))).as("the override ends").contains(anna);
	}

	@Test
	void aNightLayerOnWeekdaysLiesOverTheDayLayerAndItsFridayNightRunsIntoSaturday() {
		// Day layer: Anna always. Night layer: Luc 20:00–08:00 on nights starting Monday to Friday (Berlin, CET = UTC+1).
		RotaSchedule.Layer day = layer(LocalDateTime.parse("2026-11-30T00:00"), RotaSchedule.ShiftUnit.DAYS, 7, anna);
		RotaSchedule.Layer nights = new RotaSchedule.Layer(LocalDateTime.parse("2026-11-30T00:00"),
				RotaSchedule.ShiftUnit.DAYS, 7, List.of(luc), new RotaSchedule.Restriction(LocalTime.of(20, 0),
						LocalTime.of(8, 0), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
								DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
		RotaSchedule rota = new RotaSchedule(BERLIN, List.of(day, nights), List.of());

		assertThat(rota.onCallAt(Instant.parse("2026-12-04T18:59:59Z"))).as("Friday 19:59").contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-12-04T19:00:00Z"))).as("Friday 20:00").contains(luc);
		assertThat(rota.onCallAt(Instant.parse("2026-12-05T01:00:00Z"))).as("Saturday 02:00, Friday's night").contains(luc);
		assertThat(rota.onCallAt(Instant.parse("2026-12-05T07:00:00Z"))).as("Saturday 08:00").contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-12-06T01:00:00Z"))).as("Sunday 02:00, Saturday's night").contains(anna);
		assertThat(rota.onCallAt(Instant.parse("2026-12-07T01:00:00Z"))).as("Monday 02:00, Sunday's night").contains(anna);
	}

	@Test
	void someonesShiftsAreTheSpansTheyAreOnCall() {
		RotaSchedule rota = new RotaSchedule(BERLIN, List.of(layer(LocalDateTime.parse("2026-12-07T09:00"),
				RotaSchedule.ShiftUnit.DAYS, 1, anna, luc)), List.of());

		// Anna: Monday 7 and Wednesday 9 December, 09:00–09:00 CET (08:00Z)
		assertThat(rota.shiftsOf(anna, Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-10T08:00:00Z")))
			.containsExactly(new RotaSchedule.Shift(Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-08T08:00:00Z")),
					new RotaSchedule.Shift(Instant.parse("2026-12-09T08:00:00Z"), Instant.parse("2026-12-10T08:00:00Z")));
		assertThat(new RotaSchedule(BERLIN, List.of(), List.of()).onCallAt(Instant.parse("2026-12-07T08:00:00Z")))
			.isEqualTo(Optional.empty());
	}

	private static RotaSchedule.Layer layer(LocalDateTime handoff, RotaSchedule.ShiftUnit unit, int length, UserId... members) {
		return new RotaSchedule.Layer(handoff, unit, length, List.of(members), null);
	}

	private static UserId user() {
		return new UserId(UUID.randomUUID());
	}
}
