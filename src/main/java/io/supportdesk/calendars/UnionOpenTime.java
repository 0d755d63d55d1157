package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Open whenever any member is open; touching intervals of different members merge, so a closing
 * that coincides with another member's opening is no closing. A date is a business date when it is
 * one for any member. The local clock is the first member's.
 */
record UnionOpenTime(List<OpenTime> members) implements OpenTime {

	UnionOpenTime {
		members = List.copyOf(members);
	}

	@Override
	public Intervals openIntervals(long from, long to) {
		return Intervals.union(members.stream().map(member -> member.openIntervals(from, to)).toList());
	}

	@Override
	public boolean isBusinessDate(LocalDate date) {
		return members.stream().anyMatch(member -> member.isBusinessDate(date));
	}

	@Override
	public ZoneId zoneAt(long instant) {
		return members.get(0).zoneAt(instant);
	}
}
