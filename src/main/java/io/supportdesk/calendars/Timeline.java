package io.supportdesk.calendars;

/**
 * The business-time questions on the epoch-nanosecond axis, answered from a {@link TimelineCache}.
 * Each answer costs a couple of binary searches once the window holds the instants involved; a
 * window grows (at least doubling) only the first time a query reaches past it.
 */
final class Timeline {

	/** Returned when no such instant exists before the engine's horizon. */
	static final long NONE = Long.MIN_VALUE;

	private final TimelineCache cache;

	Timeline(OpenTime source) {
		this.cache = new TimelineCache(source);
	}

	/** @return the open instant at which {@code businessTime} has passed since {@code start} */
	long add(long start, long businessTime) {
		TimelineWindow window = cache.covering(start);
		long goal = window.businessBefore(start) + businessTime;
		while (goal >= window.total()) {
			if (window.reachesHorizon()) {
				throw new IllegalStateException("the calendar has no business time left before "
						+ EpochNanos.toInstant(EpochNanos.HORIZON));
			}
			window = cache.beyond(window);
			goal = window.businessBefore(start) + businessTime;
		}
		return window.instantAfter(goal);
	}

	/** @return the business time in {@code [from, to)} */
	long elapsed(long from, long to) {
		TimelineWindow window = cache.covering(from, to);
		return window.businessBefore(to) - window.businessBefore(from);
	}

	boolean isOpen(long instant) {
		return cache.covering(instant).isOpen(instant);
	}

	/** @return the earliest open instant at or after {@code instant}, or {@link #NONE} */
	long nextOpening(long instant) {
		if (instant >= EpochNanos.HORIZON) {
			return NONE;
		}
		TimelineWindow window = cache.covering(instant);
		while (true) {
			int index = window.floorIndex(instant);
			if (index >= 0 && instant < window.end(index)) {
				return instant;
			}
			if (index + 1 < window.size()) {
				return window.start(index + 1);
			}
			if (window.reachesHorizon()) {
				return NONE;
			}
			window = cache.beyond(window);
		}
	}

	/** @return the end of the open period at or after {@code instant}, or {@link #NONE} */
	long nextClosing(long instant) {
		long opening = nextOpening(instant);
		if (opening == NONE) {
			return NONE;
		}
		TimelineWindow window = cache.covering(opening);
		while (true) {
			long end = window.end(window.floorIndex(opening));
			if (end < window.hi()) {
				return end;
			}
			if (window.reachesHorizon()) {
				return NONE;
			}
			window = cache.beyond(window);
		}
	}

	/** @return a window covering {@code [from, to]}, for explanations */
	TimelineWindow window(long from, long to) {
		return cache.covering(from, to);
	}
}
