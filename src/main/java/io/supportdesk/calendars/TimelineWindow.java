package io.supportdesk.calendars;

/**
 * An immutable, materialised stretch {@code [lo, hi)} of a calendar's timeline: its merged open
 * intervals with, for each interval, the business time of all intervals before it. Every question
 * is a binary search; nothing here grows with the length of a target.
 */
final class TimelineWindow {

	private final YearSpan years;
	private final Intervals intervals;
	private final long[] starts;
	private final long[] before;
	private final long total;

	TimelineWindow(YearSpan years, Intervals intervals) {
		this.years = years;
		this.intervals = intervals;
		int size = intervals.size();
		this.starts = new long[size];
		this.before = new long[size];
		long sum = 0;
		for (int i = 0; i < size; i++) {
			starts[i] = intervals.start(i);
			before[i] = sum;
			sum += intervals.end(i) - intervals.start(i);
		}
		this.total = sum;
	}

	YearSpan years() {
		return years;
	}

	Intervals intervals() {
		return intervals;
	}

	long lo() {
		return years.startNanos();
	}

	long hi() {
		return years.endNanos();
	}

	boolean covers(long instant) {
		return lo() <= instant && instant < hi();
	}

	boolean reachesHorizon() {
		return years.reachesHorizon();
	}

	int size() {
		return starts.length;
	}

	long start(int index) {
		return starts[index];
	}

	long end(int index) {
		return intervals.end(index);
	}

	/** @return the index of the last interval starting at or before {@code instant}, or -1 */
	int floorIndex(long instant) {
		return LongSearch.lastAtOrBefore(starts, instant);
	}

	boolean isOpen(long instant) {
		int index = floorIndex(instant);
		return index >= 0 && instant < end(index);
	}

	/** @return the business time in {@code [lo, instant)} */
	long businessBefore(long instant) {
		int index = floorIndex(instant);
		return index < 0 ? 0 : before[index] + Math.min(instant, end(index)) - starts[index];
	}

	/** @return the business time of the whole window */
	long total() {
		return total;
	}

	/**
	 * @param businessTime business time since {@code lo}, less than {@link #total()}
	 * @return the open instant at which exactly that much business time has passed since {@code lo}:
	 *         a point that falls on a closing belongs to the next opening
	 */
	long instantAfter(long businessTime) {
		int index = LongSearch.lastAtOrBefore(before, businessTime);
		return starts[index] + (businessTime - before[index]);
	}
}
