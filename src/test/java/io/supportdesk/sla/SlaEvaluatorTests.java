package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.calendars.CalendarDefinition;
import io.supportdesk.calendars.OpeningHours;
import io.supportdesk.sla.SlaFact.Kind;
import io.supportdesk.sla.SlaTarget.Metric;
import io.supportdesk.sla.TargetRule.Unit;

/**
 * The SLA decisions of SPEC.md §2, each as a scenario with its instants worked out. Standard hours are
 * Monday to Friday 08:00–20:00 Europe/Berlin (CET = UTC+1 in winter, CEST = UTC+2 in summer) with
 * 25 December a holiday; Premier Severity 1 runs 24x7.
 */
class SlaEvaluatorTests {

	static final BusinessCalendar STANDARD = BusinessCalendar.of(CalendarDefinition.builder("Europe/Berlin")
		.weekly(DayOfWeek.MONDAY, OpeningHours.of("08:00", "20:00"))
		.weekly(DayOfWeek.TUESDAY, OpeningHours.of("08:00", "20:00"))
		.weekly(DayOfWeek.WEDNESDAY, OpeningHours.of("08:00", "20:00"))
		.weekly(DayOfWeek.THURSDAY, OpeningHours.of("08:00", "20:00"))
		.weekly(DayOfWeek.FRIDAY, OpeningHours.of("08:00", "20:00"))
		.holidays(LocalDate.parse("2026-12-25"))
		.build());

	static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen();

	/** Standard until the upgrade instant (if any), Premier from it on. */
	record Book(Instant upgrade, boolean premierFromStart) implements TargetBook {

		@Override
		public Optional<TargetRule> firstResponse(Instant at, int severity) {
			if (premier(at)) {
				return Optional.of(switch (severity) {
					case 1 -> new TargetRule("Premier", 15, Unit.MINUTES, ALWAYS, "24x7");
					case 2 -> new TargetRule("Premier", 30, Unit.MINUTES, STANDARD, "Standard business hours");
					case 3 -> new TargetRule("Premier", 2, Unit.HOURS, STANDARD, "Standard business hours");
					default -> new TargetRule("Premier", 1, Unit.BUSINESS_DAYS, STANDARD, "Standard business hours");
				});
			}
			return Optional.of(switch (severity) {
				case 1 -> new TargetRule("Standard", 4, Unit.HOURS, STANDARD, "Standard business hours");
				case 2 -> new TargetRule("Standard", 8, Unit.HOURS, STANDARD, "Standard business hours");
				case 3 -> new TargetRule("Standard", 1, Unit.BUSINESS_DAYS, STANDARD, "Standard business hours");
				default -> new TargetRule("Standard", 3, Unit.BUSINESS_DAYS, STANDARD, "Standard business hours");
			});
		}

		@Override
		public Optional<TargetRule> update(Instant at, int severity) {
			if (severity != 1) {
				return Optional.empty();
			}
			return Optional.of(premier(at) ? new TargetRule("Premier", 2, Unit.HOURS, ALWAYS, "24x7")
					: new TargetRule("Standard", 4, Unit.HOURS, STANDARD, "Standard business hours"));
		}

		private boolean premier(Instant at) {
			return premierFromStart || (upgrade != null && !at.isBefore(upgrade));
		}
	}

	static final SlaEvaluator STANDARD_PLAN = new SlaEvaluator(new Book(null, false));

	static final SlaEvaluator PREMIER_PLAN = new SlaEvaluator(new Book(null, true));

	static SlaFact at(String instant, Kind kind) {
		return SlaFact.of(Instant.parse(instant), kind);
	}

	static SlaFact at(String instant, Kind kind, int severity) {
		return new SlaFact(Instant.parse(instant), kind, severity);
	}

	static SlaTarget firstResponse(SlaState state) {
		return state.targets().stream().filter(t -> t.metric() == Metric.FIRST_RESPONSE).findFirst().orElseThrow();
	}

	@Test
	void standardSeverity2OpenedFridayEveningIsDueMondayAfternoon() {
		// Friday 4 December 2026 18:30 CET (17:30Z): 1.5 h until 20:00, 6.5 h from Monday 08:00 → Monday
		// 7 December 14:30 CET = 13:30Z.
		SlaState state = STANDARD_PLAN.evaluate(List.of(at("2026-12-04T17:30:00Z", Kind.OPENED, 2)),
				Instant.parse("2026-12-05T12:00:00Z"));
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-12-07T13:30:00Z");
		assertThat(firstResponse(state).state()).isEqualTo(TargetState.RUNNING);
		assertThat(state.nextDeadline()).contains(Instant.parse("2026-12-07T13:30:00Z"));
	}

	@Test
	void aReplyAtExactlyTheDueInstantIsMetAndOneSecondLaterBreached() {
		SlaState onTime = STANDARD_PLAN.evaluate(List.of(at("2026-12-04T17:30:00Z", Kind.OPENED, 2),
				at("2026-12-07T13:30:00Z", Kind.SUPPORT_REPLIED)), Instant.parse("2026-12-08T00:00:00Z"));
		assertThat(firstResponse(onTime).state()).isEqualTo(TargetState.MET);

		SlaState late = STANDARD_PLAN.evaluate(List.of(at("2026-12-04T17:30:00Z", Kind.OPENED, 2),
				at("2026-12-07T13:30:01Z", Kind.SUPPORT_REPLIED)), Instant.parse("2026-12-08T00:00:00Z"));
		assertThat(firstResponse(late).state()).isEqualTo(TargetState.BREACHED);
		assertThat(firstResponse(late).breachedAt()).isEqualTo("2026-12-07T13:30:00Z");
		assertThat(firstResponse(late).metAt()).isEqualTo("2026-12-07T13:30:01Z");
	}

	@Test
	void premierSeverity1OpenedSundayNightRunsTwentyFourSeven() {
		// Sunday 6 December 2026 03:00 CET (02:00Z), 15 minutes on 24x7: due 02:15Z.
		SlaState state = PREMIER_PLAN.evaluate(List.of(at("2026-12-06T02:00:00Z", Kind.OPENED, 1)),
				Instant.parse("2026-12-06T02:20:00Z"));
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-12-06T02:15:00Z");
		assertThat(firstResponse(state).state()).as("nobody answered by 02:20Z").isEqualTo(TargetState.BREACHED);
	}

	@Test
	void reclassifyingToSeverity1RecomputesFromTheOpeningAndBreachesAtOnceWhenAlreadyPast() {
		// Premier, Monday 7 December 09:00 CET (08:00Z), Severity 3: 2 business hours → 10:00Z. An hour
		// later (09:00Z) support makes it Severity 1: 15 minutes on 24x7 from the opening → 08:15Z, which
		// already lies in the past: breached at once, at 09:00Z.
		SlaState state = PREMIER_PLAN.evaluate(List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 3),
				at("2026-12-07T09:00:00Z", Kind.CLASSIFIED, 1)), Instant.parse("2026-12-07T09:00:00Z"));
		assertThat(state.severity()).isEqualTo(1);
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-12-07T08:15:00Z");
		assertThat(firstResponse(state).state()).isEqualTo(TargetState.BREACHED);
		assertThat(firstResponse(state).breachedAt()).isEqualTo("2026-12-07T09:00:00Z");
	}

	@Test
	void anUpgradeWhileTheFirstResponseIsPendingTakesTheEarlierDue() {
		// Standard, Monday 7 December 09:00 CET (08:00Z), Severity 2: 8 business hours → 17:00 CET (16:00Z).
		// Upgraded to Premier at 10:00 CET (09:00Z): 30 business minutes from then → 09:30Z, earlier.
		SlaEvaluator evaluator = new SlaEvaluator(new Book(Instant.parse("2026-12-07T09:00:00Z"), false));
		SlaState state = evaluator.evaluate(List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 2),
				at("2026-12-07T09:00:00Z", Kind.PLAN_CHANGED)), Instant.parse("2026-12-07T09:10:00Z"));
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-12-07T09:30:00Z");
		assertThat(firstResponse(state).rule().plan()).isEqualTo("Premier");
	}

	@Test
	void theUpdateTargetPausesExactlyAsLongAsTheCaseWaitsOnTheCustomer() {
		// Premier Severity 1 at 08:00Z; first public reply 08:10Z starts the update cadence: 2 h on 24x7
		// → 10:10Z. Waiting on the customer from 09:00Z (70 minutes left) until the customer replies at
		// 12:00Z: the due instant moves to 12:00Z + 70 min = 13:10Z. The reply at 13:00Z meets it and
		// starts the next one, due 15:00Z.
		SlaState state = PREMIER_PLAN.evaluate(List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 1),
				at("2026-12-07T08:10:00Z", Kind.SUPPORT_REPLIED), at("2026-12-07T09:00:00Z", Kind.WAITING_ON_CUSTOMER),
				at("2026-12-07T12:00:00Z", Kind.CUSTOMER_REPLIED), at("2026-12-07T13:00:00Z", Kind.SUPPORT_REPLIED)),
				Instant.parse("2026-12-07T13:30:00Z"));
		List<SlaTarget> updates = state.targets().stream().filter(t -> t.metric() == Metric.UPDATE).toList();
		assertThat(firstResponse(state).state()).isEqualTo(TargetState.MET);
		assertThat(updates).hasSize(2);
		assertThat(updates.get(0).dueAt()).isEqualTo("2026-12-07T13:10:00Z");
		assertThat(updates.get(0).state()).isEqualTo(TargetState.MET);
		assertThat(updates.get(1).dueAt()).isEqualTo("2026-12-07T15:00:00Z");
		assertThat(updates.get(1).state()).isEqualTo(TargetState.RUNNING);
	}

	@Test
	void aPausedUpdateTargetDoesNotBreachWhileWaiting() {
		SlaState state = PREMIER_PLAN.evaluate(List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 1),
				at("2026-12-07T08:10:00Z", Kind.SUPPORT_REPLIED), at("2026-12-07T09:00:00Z", Kind.WAITING_ON_CUSTOMER)),
				Instant.parse("2026-12-08T09:00:00Z"));
		SlaTarget update = state.targets().get(1);
		assertThat(update.state()).isEqualTo(TargetState.PAUSED);
		assertThat(state.nextDeadline()).isEmpty();
	}

	@Test
	void resolvingCancelsTheRunningUpdateTarget() {
		SlaState state = PREMIER_PLAN.evaluate(List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 1),
				at("2026-12-07T08:10:00Z", Kind.SUPPORT_REPLIED), at("2026-12-07T09:00:00Z", Kind.RESOLVED)),
				Instant.parse("2026-12-07T12:00:00Z"));
		assertThat(state.targets().get(1).state()).isEqualTo(TargetState.CANCELLED);
	}

	@Test
	void anOpeningBeforeTheSpringForwardWeekendCountsMondayInSummerTime() {
		// Friday 27 March 2026 18:30 CET (17:30Z); clocks go forward on Sunday 29 March. 1.5 h on Friday,
		// 6.5 h from Monday 30 March 08:00 CEST (06:00Z) → 14:30 CEST = 12:30Z.
		SlaState state = STANDARD_PLAN.evaluate(List.of(at("2026-03-27T17:30:00Z", Kind.OPENED, 2)),
				Instant.parse("2026-03-28T00:00:00Z"));
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-03-30T12:30:00Z");
	}

	@Test
	void aHolidayIsSkipped() {
		// Thursday 24 December 2026 18:00 CET (17:00Z), Severity 2 (8 h): 2 h on Thursday; Friday 25th
		// is a holiday, then the weekend; 6 h from Monday 28 December 08:00 → 14:00 CET = 13:00Z.
		SlaState state = STANDARD_PLAN.evaluate(List.of(at("2026-12-24T17:00:00Z", Kind.OPENED, 2)),
				Instant.parse("2026-12-24T18:00:00Z"));
		assertThat(firstResponse(state).dueAt()).isEqualTo("2026-12-28T13:00:00Z");
	}

	@Test
	void anInternalNoteIsNoResponseAndTheTimelineExplainsEveryDueInstant() {
		// Notes never reach the evaluator as replies: only SUPPORT_REPLIED (public) meets a target.
		SlaState state = STANDARD_PLAN.evaluate(List.of(at("2026-12-04T17:30:00Z", Kind.OPENED, 2)),
				Instant.parse("2026-12-08T00:00:00Z"));
		assertThat(firstResponse(state).state()).isEqualTo(TargetState.BREACHED);
		SlaExplanation explanation = SlaExplanationTests.explanation();
		assertThat(state.timeline()).extracting(entry -> explanation.english(entry.effect()))
			.anyMatch(effect -> effect.contains("2026-12-07T13:30:00Z") && effect.contains("Standard business hours"));
	}

	@Test
	void evaluatingTheSameFactsAgainGivesTheSameState() {
		List<SlaFact> facts = List.of(at("2026-12-07T08:00:00Z", Kind.OPENED, 3), at("2026-12-07T08:30:00Z", Kind.CLASSIFIED, 1),
				at("2026-12-07T08:40:00Z", Kind.SUPPORT_REPLIED), at("2026-12-07T09:00:00Z", Kind.WAITING_ON_CUSTOMER),
				at("2026-12-07T10:00:00Z", Kind.CUSTOMER_REPLIED));
		Instant now = Instant.parse("2026-12-07T11:00:00Z");
		assertThat(PREMIER_PLAN.evaluate(facts, now)).isEqualTo(PREMIER_PLAN.evaluate(facts, now));
	}
}
