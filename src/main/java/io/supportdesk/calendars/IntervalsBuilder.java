package io.supportdesk.calendars;

import java.util.Arrays;

/** Collects half-open intervals in any order and builds merged {@link Intervals}. */
final class IntervalsBuilder {

	private long[] starts = new long[16];
	private long[] ends = new long[16];
	private int size;
	private boolean sorted = true;

	/** Adds {@code [start, end)}; an empty or inverted interval is ignored. */
	IntervalsBuilder add(long start, long end) {
		if (start >= end) {
			return this;
		}
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
		}
		sorted &= size == 0 || starts[size - 1] <= start;
		starts[size] = start;
		ends[size] = end;
		size++;
		return this;
	}

	Intervals build() {
		if (!sorted) {
			sortByStart();
		}
		int merged = 0;
		for (int i = 0; i < size; i++) {
			if (merged > 0 && starts[i] <= ends[merged - 1]) {
				ends[merged - 1] = Math.max(ends[merged - 1], ends[i]);
			} else {
				starts[merged] = starts[i];
				ends[merged] = ends[i];
				merged++;
			}
		}
		return Intervals.ofMerged(starts, ends, merged);
	}

	private void sortByStart() {
		long[][] pairs = new long[size][];
		for (int i = 0; i < size; i++) {
			pairs[i] = new long[] {starts[i], ends[i]};
		}
		Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
		for (int i = 0; i < size; i++) {
			starts[i] = pairs[i][0];
			ends[i] = pairs[i][1];
		}
		sorted = true;
	}
}
