package io.supportdesk.calendars;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Lists the open intervals counted between two instants, for {@link Explanation}s. */
final class Explainer {

	private Explainer() {
	}

	/** @return the open intervals of {@code window} inside {@code [from, to)}, clipped to it */
	static List<Explanation.CountedInterval> counted(TimelineWindow window, OpenTime openTime, long from, long to) {
		List<Explanation.CountedInterval> counted = new ArrayList<>();
		for (int i = Math.max(0, window.floorIndex(from)); i < window.size() && window.start(i) < to; i++) {
			long start = Math.max(from, window.start(i));
			long end = Math.min(to, window.end(i));
			if (start < end) {
				counted.add(interval(start, end, openTime.zoneAt(start)));
			}
		}
		return counted;
	}

	/** @return {@code [from, to)} counted in full, with local date-times in {@code zone} */
	static Explanation.CountedInterval interval(long from, long to, ZoneId zone) {
		return new Explanation.CountedInterval(EpochNanos.toInstant(from), EpochNanos.toInstant(to),
				LocalDateTime.ofInstant(EpochNanos.toInstant(from), zone),
				LocalDateTime.ofInstant(EpochNanos.toInstant(to), zone), Duration.ofNanos(to - from));
	}
}
