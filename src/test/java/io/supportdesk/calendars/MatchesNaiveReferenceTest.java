package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportdesk.calendars.RandomCalendars.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fast engine gives exactly the answers of the naive minute-stepping reference, on random
 * calendars in random zones around DST transitions. Seeded: see {@link Tries}.
 */
class MatchesNaiveReferenceTest {

	@Test
	void addMatchesReference() {
		Tries.run("add", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant start = scenario.near(random, 2);
			Duration target = Duration.ofMinutes(random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(2 * 1440));
			assertThat(scenario.engine().add(start, target))
					.as("add(%s, %s) on %s", start, target, scenario)
					.isEqualTo(scenario.naive().add(start, target));
		});
	}

	@Test
	void elapsedMatchesReference() {
		Tries.run("elapsed", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant from = scenario.near(random, 2);
			Instant to = from.plus(Duration.ofMinutes(random.nextInt(3 * 1440)));
			assertThat(scenario.engine().elapsed(from, to))
					.as("elapsed(%s, %s) on %s", from, to, scenario)
					.isEqualTo(scenario.naive().elapsed(from, to));
		});
	}

	@Test
	void isOpenMatchesReference() {
		Tries.run("isOpen", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			for (int i = 0; i < 20; i++) {
				Instant instant = scenario.near(random, 3);
				assertThat(scenario.engine().isOpen(instant))
						.as("isOpen(%s) on %s", instant, scenario)
						.isEqualTo(scenario.naive().isOpen(instant));
			}
		});
	}

	@Test
	void nextOpeningAndClosingMatchReference() {
		Tries.run("nextOpening/nextClosing", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant instant = scenario.near(random, 3);
			assertThat(withinSearchLimit(scenario.engine().nextOpening(instant), instant))
					.as("nextOpening(%s) on %s", instant, scenario)
					.isEqualTo(scenario.naive().nextOpening(instant));
			Optional<Instant> opening = scenario.naive().nextOpening(instant);
			Instant searchFrom = opening.orElse(instant);
			assertThat(withinSearchLimit(scenario.engine().nextClosing(instant), searchFrom))
					.as("nextClosing(%s) on %s", instant, scenario)
					.isEqualTo(opening.isEmpty() ? Optional.empty() : scenario.naive().nextClosing(instant));
		});
	}

	@Test
	void addBusinessDaysMatchesReference() {
		Tries.run("addBusinessDays", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant start = scenario.near(random, 2);
			int days = random.nextInt(4);
			assertThat(scenario.engine().addBusinessDays(start, days))
					.as("addBusinessDays(%s, %d) on %s", start, days, scenario)
					.isEqualTo(scenario.naive().addBusinessDays(start, days));
		});
	}

	/** The reference gives up after its search limit; so does this view of the engine's answer. */
	private static Optional<Instant> withinSearchLimit(Optional<Instant> answer, Instant from) {
		return answer.filter(instant -> instant.isBefore(from.plus(NaiveBusinessCalendar.SEARCH_LIMIT)));
	}
}
