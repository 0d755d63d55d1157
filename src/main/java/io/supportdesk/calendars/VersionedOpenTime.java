package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Effective-dated open time: version {@code i} governs {@code [effectiveFrom[i], effectiveFrom[i+1])};
 * the first version also governs all time before its effective instant. A local date's business-date
 * status comes from the newest version already in force when the date began (local midnight in that
 * version's zone).
 */
final class VersionedOpenTime implements OpenTime {

	private final long[] effectiveFrom;
	private final List<OpenTime> versions;

	/** @param effectiveFrom strictly increasing effective instants (epoch nanos), one per version */
	VersionedOpenTime(long[] effectiveFrom, List<OpenTime> versions) {
		this.effectiveFrom = effectiveFrom.clone();
		this.versions = List.copyOf(versions);
	}

	@Override
	public Intervals openIntervals(long from, long to) {
		List<Intervals> parts = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			long start = i == 0 ? from : Math.max(from, effectiveFrom[i]);
			long end = i + 1 < versions.size() ? Math.min(to, effectiveFrom[i + 1]) : to;
			if (start < end) {
				parts.add(versions.get(i).openIntervals(start, end));
			}
		}
		return Intervals.union(parts);
	}

	@Override
	public boolean isBusinessDate(LocalDate date) {
		for (int i = versions.size() - 1; i > 0; i--) {
			OpenTime version = versions.get(i);
			long midnight = EpochNanos.of(date.atStartOfDay(version.zoneAt(effectiveFrom[i])).toInstant());
			if (effectiveFrom[i] <= midnight) {
				return version.isBusinessDate(date);
			}
		}
		return versions.get(0).isBusinessDate(date);
	}

	@Override
	public ZoneId zoneAt(long instant) {
		int index = Math.max(0, LongSearch.lastAtOrBefore(effectiveFrom, instant));
		return versions.get(index).zoneAt(instant);
	}
}
