package io.supportdesk.calendars;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many seeded random tries. The run's seed comes from
 * {@code -Dcalendar.seed=...} or is drawn at random; a failure names it (and the try), so the exact
 * failing case can be replayed.
 */
final class Tries {

	static final long SEED = Long.getLong("calendar.seed", new Random().nextLong());
	static final int COUNT = Integer.getInteger("calendar.tries", 1000);

	private Tries() {
	}

	static void run(String property, Consumer<Random> body) {
		Random seeds = new Random(SEED ^ property.hashCode());
		for (int attempt = 0; attempt < COUNT; attempt++) {
			Random random = new Random(seeds.nextLong());
			try {
				body.accept(random);
			} catch (AssertionError | RuntimeException e) {
				throw new AssertionError(property + " failed on try " + attempt + " of " + COUNT
						+ "; replay with -Dcalendar.seed=" + SEED + "\n" + e.getMessage(), e);
			}
		}
	}
}
