package io.supportdesk.calendars;

import java.util.Arrays;
import java.util.List;

/**
 * Sorted, disjoint, non-touching half-open intervals {@code [start, end)} on the
 * {@linkplain EpochNanos epoch-nanosecond axis}. Touching or overlapping input is merged, so an end
 * is always a real closing. Immutable once built; the arrays are never handed out for writing.
 */
final class Intervals {

	static final Intervals NONE = new Intervals(new long[0], new long[0]);

	private final long[] starts;
	private final long[] ends;

	private Intervals(long[] starts, long[] ends) {
		this.starts = starts;
		this.ends = ends;
	}

	/** Wraps arrays that are already sorted, disjoint and non-touching; takes ownership of them. */
	static Intervals ofMerged(long[] starts, long[] ends, int size) {
		return size == 0 ? NONE : new Intervals(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size));
	}

	static Intervals single(long start, long end) {
		return start < end ? new Intervals(new long[] {start}, new long[] {end}) : NONE;
	}

	/** @return the union of any interval sets */
	static Intervals union(List<Intervals> parts) {
		IntervalsBuilder builder = new IntervalsBuilder();
		parts.forEach(part -> part.addTo(builder));
		return builder.build();
	}

	int size() {
		return starts.length;
	}

	long start(int index) {
		return starts[index];
	}

	long end(int index) {
		return ends[index];
	}

	/** @return the parts of these intervals inside {@code [from, to)} */
	Intervals clip(long from, long to) {
		int first = Math.max(0, LongSearch.lastAtOrBefore(ends, from) + 1);
		int last = LongSearch.lastBefore(starts, to);
		IntervalsBuilder builder = new IntervalsBuilder();
		for (int i = first; i <= last; i++) {
			builder.add(Math.max(from, starts[i]), Math.min(to, ends[i]));
		}
		return builder.build();
	}

	void addTo(IntervalsBuilder builder) {
		for (int i = 0; i < starts.length; i++) {
			builder.add(starts[i], ends[i]);
		}
	}
}
