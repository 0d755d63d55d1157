package io.supportdesk.exams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A time range {@code [from, to)}, and how overlapping ranges merge. */
record Span(Instant from, Instant to) {

	Duration length() {
		return Duration.between(from, to);
	}

	boolean overlaps(Instant start, Instant end) {
		return from.isBefore(end) && to.isAfter(start);
	}

	/** The ranges sorted, with overlapping or touching ones merged into one. */
	static List<Span> merged(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from).thenComparing(Span::to));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !span.from().isAfter(last.to())) {
				merged.set(merged.size() - 1, new Span(last.from(), span.to().isAfter(last.to()) ? span.to() : last.to()));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}
}
