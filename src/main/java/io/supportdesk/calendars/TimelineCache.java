package io.supportdesk.calendars;

import java.util.List;

/**
 * Lazily materialises an {@link OpenTime} into one growing {@link TimelineWindow}, by whole UTC
 * years. Readers take the published window without locking; growing is synchronized and publishes a
 * new immutable window through a volatile field, so calendars can be shared across threads.
 */
final class TimelineCache {

	private final OpenTime source;
	private volatile TimelineWindow window;

	TimelineCache(OpenTime source) {
		this.source = source;
	}

	/** @return a window covering {@code instant}, which must lie before the horizon */
	TimelineWindow covering(long instant) {
		TimelineWindow current = window;
		return current != null && current.covers(instant) ? current : grownToCover(instant);
	}

	/** @return a window covering both instants */
	TimelineWindow covering(long from, long to) {
		TimelineWindow current = covering(from);
		return current.covers(to) ? current : grownToCover(to);
	}

	/** @return a window reaching further than {@code seen}; {@code seen}'s successor at the horizon */
	synchronized TimelineWindow beyond(TimelineWindow seen) {
		TimelineWindow current = window;
		if (current.hi() > seen.hi() || current.reachesHorizon()) {
			return current;
		}
		return publish(grown(current, current.years().forward()));
	}

	private synchronized TimelineWindow grownToCover(long instant) {
		if (instant < EpochNanos.FLOOR || instant >= EpochNanos.HORIZON) {
			throw new IllegalStateException("instant " + EpochNanos.toInstant(instant) + " lies beyond the engine's horizon");
		}
		TimelineWindow current = window;
		if (current != null && current.covers(instant)) {
			return current;
		}
		int year = EpochNanos.yearOf(instant);
		if (current == null) {
			YearSpan years = YearSpan.of(year);
			return publish(new TimelineWindow(years, source.openIntervals(years.startNanos(), years.endNanos())));
		}
		return publish(grown(current, current.years().including(year)));
	}

	private TimelineWindow grown(TimelineWindow current, YearSpan years) {
		Intervals earlier = openIntervals(years.startNanos(), current.lo());
		Intervals later = openIntervals(current.hi(), years.endNanos());
		return new TimelineWindow(years, Intervals.union(List.of(earlier, current.intervals(), later)));
	}

	private Intervals openIntervals(long from, long to) {
		return from < to ? source.openIntervals(from, to) : Intervals.NONE;
	}

	private TimelineWindow publish(TimelineWindow grown) {
		window = grown;
		return grown;
	}
}
