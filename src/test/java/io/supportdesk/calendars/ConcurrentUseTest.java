package io.supportdesk.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One calendar shared by request threads materialises its timeline lazily from all of them at once,
 * in both directions, and still answers exactly what a calendar used by one thread answers.
 */
class ConcurrentUseTest {

	@Test
	void aSharedCalendarAnswersLikeAPrivateOne() throws Exception {
		CalendarDefinition definition = CalendarFixtures.standardHours().build();
		BusinessCalendar shared = BusinessCalendar.of(definition);
		List<Instant> starts = new ArrayList<>();
		Random random = new Random(Tries.SEED);
		for (int i = 0; i < 4_000; i++) {
			starts.add(Instant.parse("1971-01-01T00:00:00Z").plusSeconds(random.nextLong(4_000_000_000L)));
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Instant>>> answers = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				answers.add(threads.submit(() -> dueInstants(shared, starts)));
			}
			List<Instant> expected = dueInstants(BusinessCalendar.of(definition), starts);
			for (Future<List<Instant>> answer : answers) {
				assertThat(answer.get()).as("seed %d", Tries.SEED).isEqualTo(expected);
			}
		} finally {
			threads.shutdown();
		}
	}

	private static List<Instant> dueInstants(BusinessCalendar calendar, List<Instant> starts) {
		List<Instant> due = new ArrayList<>();
		for (Instant start : starts) {
			due.add(calendar.add(start, Duration.ofHours(start.getEpochSecond() % 5_000)));
			due.add(calendar.addBusinessDays(start, (int) (start.getEpochSecond() % 20)));
		}
		return due;
	}
}
