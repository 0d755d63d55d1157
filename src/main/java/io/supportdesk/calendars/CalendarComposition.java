package io.supportdesk.calendars;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds unions and versioned calendars from the open time of their members. */
final class CalendarComposition {

	private CalendarComposition() {
	}

	static BusinessCalendar union(List<BusinessCalendar> members) {
		requireMembers(members, "a union needs at least one calendar");
		if (members.size() == 1 || members.stream().allMatch(AlwaysOpenCalendar.class::isInstance)) {
			return members.get(0);
		}
		return new TimelineCalendar(new UnionOpenTime(members.stream().map(CalendarComposition::openTimeOf).toList()));
	}

	static BusinessCalendar versioned(List<CalendarVersion> versions) {
		requireMembers(versions, "a versioned calendar needs at least one version");
		if (versions.size() == 1) {
			return versions.get(0).calendar();
		}
		long[] effectiveFrom = new long[versions.size()];
		List<OpenTime> openTimes = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			CalendarVersion version = versions.get(i);
			if (i > 0 && !version.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
				throw new InvalidCalendarException("versions[" + i + "].effectiveFrom", "refusal.calendars.versions.order",
						version.effectiveFrom(), String.valueOf(i - 1), versions.get(i - 1).effectiveFrom());
			}
			effectiveFrom[i] = EpochNanos.clamped(version.effectiveFrom());
			openTimes.add(openTimeOf(version.calendar()));
		}
		return new TimelineCalendar(new VersionedOpenTime(effectiveFrom, openTimes));
	}

	private static OpenTime openTimeOf(BusinessCalendar calendar) {
		if (calendar instanceof TimelineCalendar timeline) {
			return timeline.openTime();
		}
		return new AlwaysOpenTime(((AlwaysOpenCalendar) calendar).zone());
	}

	private static void requireMembers(List<?> members, String message) {
		if (members == null || members.isEmpty()) {
			throw new IllegalArgumentException(message);
		}
		members.forEach(member -> Objects.requireNonNull(member, "member"));
	}
}
