package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportdesk.calendars.RandomCalendars.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws the engine obeys on random calendars, with targets far longer than the naive reference can
 * check (up to a year of business time). Seeded: see {@link Tries}.
 */
class BusinessCalendarPropertiesTest {

	@Test
	void elapsedTimeUntilTheDueInstantIsTheTarget() {
		Tries.run("elapsed(s, add(s, m)) == m", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant start = scenario.engine().nextOpening(scenario.near(random, 2)).orElseThrow();
			Duration target = target(random);
			Instant due = scenario.engine().add(start, target);
			assertThat(scenario.engine().elapsed(start, due))
					.as("elapsed(%s, add(%s, %s) = %s) on %s", start, start, target, due, scenario)
					.isEqualTo(target);
		});
	}

	@Test
	void aLongerTargetIsDueLater() {
		Tries.run("add monotonic in m", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant start = scenario.near(random, 2);
			Duration shorter = target(random);
			Duration longer = shorter.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
			assertThat(scenario.engine().add(start, longer))
					.as("add(%s, %s) vs add(%s, %s) on %s", start, longer, start, shorter, scenario)
					.isAfter(scenario.engine().add(start, shorter));
		});
	}

	@Test
	void elapsedTimeAddsUpOverAdjacentRanges() {
		Tries.run("elapsed additive", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant a = scenario.near(random, 20);
			Instant b = a.plusSeconds(random.nextInt(40 * 86_400));
			Instant c = b.plusSeconds(random.nextInt(400 * 86_400));
			BusinessCalendar calendar = scenario.engine();
			assertThat(calendar.elapsed(a, c))
					.as("elapsed over %s | %s | %s on %s", a, b, c, scenario)
					.isEqualTo(calendar.elapsed(a, b).plus(calendar.elapsed(b, c)));
		});
	}

	@Test
	void theDueInstantIsOpenAndNoEarlierOpenInstantHasUsedTheTarget() {
		Tries.run("due is the earliest open instant", random -> {
			Scenario scenario = new RandomCalendars(random).scenario();
			Instant start = scenario.near(random, 2);
			Duration target = Duration.ofSeconds(1 + random.nextInt(5 * 86_400));
			Instant due = scenario.engine().add(start, target);
			assertThat(scenario.engine().isOpen(due)).as("isOpen(add(%s, %s) = %s) on %s", start, target, due, scenario).isTrue();
			assertThat(scenario.engine().elapsed(start, due)).as("business time up to the due instant %s on %s", due, scenario)
					.isEqualTo(target);
			// A target used up exactly at a closing is due at the next opening (docs/business-time-engine.md):
			// then the instant just before the due instant is closed and has the whole target behind it.
			// Otherwise the instant just before is open and must not have used the target yet.
			if (scenario.engine().isOpen(due.minusNanos(1))) {
				assertThat(scenario.engine().elapsed(start, due.minusNanos(1)))
						.as("business time just before the due instant %s on %s", due, scenario)
						.isLessThan(target);
			}
		});
	}

	/** Mostly short targets, some up to a year of business time; minutes, seconds or nanoseconds. */
	private static Duration target(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> Duration.ofMinutes(random.nextInt(60));
			case 1 -> Duration.ofMinutes(random.nextInt(30 * 1440));
			case 2 -> Duration.ofSeconds(random.nextInt(365 * 86_400));
			default -> Duration.ofNanos(random.nextLong(1, 86_400_000_000_000L));
		};
	}
}
