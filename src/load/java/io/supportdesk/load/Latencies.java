package io.supportdesk.load;

import java.util.Arrays;

/** Latencies of one measured run, in nanoseconds, and what the report prints of them. */
final class Latencies {

	private long[] values = new long[1 << 12];

	private int size;

	private int errors;

	synchronized void record(long nanos) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = nanos;
	}

	synchronized void error() {
		errors++;
	}

	synchronized void addAll(Latencies other) {
		long[] theirs;
		int count;
		synchronized (other) {
			theirs = Arrays.copyOf(other.values, other.size);
			count = other.size;
			errors += other.errors;
		}
		for (int i = 0; i < count; i++) {
			record(theirs[i]);
		}
	}

	synchronized int count() {
		return size;
	}

	synchronized int errors() {
		return errors;
	}

	/** The value at this percentile (nearest rank), in milliseconds. */
	synchronized double percentileMillis(double percentile) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(values, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
	}

	synchronized double maxMillis() {
		return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().getAsLong() / 1_000_000.0;
	}

	/** {@code p50 / p95 / p99 / max} in milliseconds. */
	String summary() {
		return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d requests, %d errors)",
				percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis(), count(), errors());
	}
}
