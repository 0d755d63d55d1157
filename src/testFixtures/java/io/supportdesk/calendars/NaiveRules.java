package io.supportdesk.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The questions the naive reference asks of a calendar, one minute or one date at a time. */
interface NaiveRules {

	boolean isOpen(Instant instant);

	boolean isBusinessDate(LocalDate date);

	ZoneId zoneAt(Instant instant);

	/** Open when any member is open; a business date of any member; the first member's clock. */
	static NaiveRules union(List<NaiveRules> members) {
		return new NaiveRules() {
			@Override
			public boolean isOpen(Instant instant) {
				return members.stream().anyMatch(member -> member.isOpen(instant));
			}

			@Override
			public boolean isBusinessDate(LocalDate date) {
				return members.stream().anyMatch(member -> member.isBusinessDate(date));
			}

			@Override
			public ZoneId zoneAt(Instant instant) {
				return members.get(0).zoneAt(instant);
			}
		};
	}

	/**
	 * The version in force at an instant decides; the first version also rules before its start. A
	 * date follows the newest version already in force at the date's local midnight (in that
	 * version's zone).
	 */
	static NaiveRules versioned(List<Instant> effectiveFrom, List<NaiveRules> versions) {
		return new NaiveRules() {
			@Override
			public boolean isOpen(Instant instant) {
				return versionAt(instant).isOpen(instant);
			}

			@Override
			public boolean isBusinessDate(LocalDate date) {
				for (int i = versions.size() - 1; i > 0; i--) {
					ZoneId zone = versions.get(i).zoneAt(effectiveFrom.get(i));
					if (!effectiveFrom.get(i).isAfter(date.atStartOfDay(zone).toInstant())) {
						return versions.get(i).isBusinessDate(date);
					}
				}
				return versions.get(0).isBusinessDate(date);
			}

			@Override
			public ZoneId zoneAt(Instant instant) {
				return versionAt(instant).zoneAt(instant);
			}

			private NaiveRules versionAt(Instant instant) {
				for (int i = versions.size() - 1; i > 0; i--) {
					if (!effectiveFrom.get(i).isAfter(instant)) {
						return versions.get(i);
					}
				}
				return versions.get(0);
			}
		};
	}
}
