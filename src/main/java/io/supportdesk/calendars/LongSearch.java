package io.supportdesk.calendars;

/** Binary searches over sorted {@code long} arrays, phrased as the questions the engine asks. */
final class LongSearch {

	private LongSearch() {
	}

	/** @return the last index whose value is {@code <= key}, or -1 if none */
	static int lastAtOrBefore(long[] sorted, long key) {
		return lastAtOrBefore(sorted, sorted.length, key);
	}

	/** @return the last index below {@code size} whose value is {@code <= key}, or -1 if none */
	static int lastAtOrBefore(long[] sorted, int size, long key) {
		int low = 0;
		int high = size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= key) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return high;
	}

	/** @return the last index whose value is {@code < key}, or -1 if none */
	static int lastBefore(long[] sorted, long key) {
		return key == Long.MIN_VALUE ? -1 : lastAtOrBefore(sorted, key - 1);
	}
}
