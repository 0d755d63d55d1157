package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Validates the parts of a {@link CalendarDefinition} and returns immutable copies of them. Every
 * error names its field path in the JSON shape of the API.
 */
final class DefinitionRules {

	private DefinitionRules() {
	}

	static ZoneId zone(ZoneId zone) {
		if (zone == null) {
			throw new InvalidCalendarException("zone", "refusal.calendars.required");
		}
		return zone;
	}

	static Map<DayOfWeek, List<OpeningHours>> weeklyHours(Map<DayOfWeek, List<OpeningHours>> weekly) {
		Map<DayOfWeek, List<OpeningHours>> copy = new EnumMap<>(DayOfWeek.class);
		if (weekly != null) {
			weekly.forEach((day, hours) -> {
				requireKey("weeklyHours", day);
				copy.put(day, dayHours("weeklyHours." + day, hours));
			});
		}
		return Collections.unmodifiableMap(copy);
	}

	static SortedSet<LocalDate> holidays(Collection<LocalDate> holidays) {
		SortedSet<LocalDate> copy = new TreeSet<>();
		int index = 0;
		for (LocalDate holiday : holidays == null ? List.<LocalDate>of() : holidays) {
			if (holiday == null) {
				throw new InvalidCalendarException("holidays[" + index + "]", "refusal.calendars.holiday.notADate");
			}
			copy.add(holiday);
			index++;
		}
		return Collections.unmodifiableSortedSet(copy);
	}

	static SortedMap<LocalDate, List<OpeningHours>> dateOverrides(Map<LocalDate, List<OpeningHours>> overrides) {
		SortedMap<LocalDate, List<OpeningHours>> copy = new TreeMap<>();
		if (overrides != null) {
			overrides.forEach((date, hours) -> {
				requireKey("dateOverrides", date);
				copy.put(date, dayHours("dateOverrides." + date, hours));
			});
		}
		return Collections.unmodifiableSortedMap(copy);
	}

	static List<CoverageWindow> extraWindows(List<CoverageWindow> windows) {
		List<CoverageWindow> copy = new ArrayList<>();
		for (CoverageWindow window : windows == null ? List.<CoverageWindow>of() : windows) {
			String path = "extraWindows[" + copy.size() + "]";
			if (window == null) {
				throw new InvalidCalendarException(path, "refusal.calendars.window.missing");
			}
			if (!window.from().isBefore(window.to())) {
				throw new InvalidCalendarException(path, "refusal.calendars.notBefore", window.from(), window.to());
			}
			copy.add(window);
		}
		return List.copyOf(copy);
	}

	static void alwaysOpenStandsAlone(boolean alwaysOpen, Collection<List<OpeningHours>> weekly, int otherParts) {
		boolean hasHours = weekly.stream().anyMatch(hours -> !hours.isEmpty());
		if (alwaysOpen && (hasHours || otherParts > 0)) {
			throw new InvalidCalendarException("alwaysOpen", "refusal.calendars.alwaysOpen.alone");
		}
	}

	private static List<OpeningHours> dayHours(String path, List<OpeningHours> hours) {
		if (hours == null) {
			throw new InvalidCalendarException(path, "refusal.calendars.day.missing");
		}
		for (int i = 0; i < hours.size(); i++) {
			checkInterval(path + "[" + i + "]", hours.get(i), hours.subList(0, i));
		}
		return List.copyOf(hours);
	}

	private static void checkInterval(String path, OpeningHours interval, List<OpeningHours> earlier) {
		if (interval == null) {
			throw new InvalidCalendarException(path, "refusal.calendars.interval.missing");
		}
		if (interval.fromMinute() >= interval.toMinute()) {
			throw new InvalidCalendarException(path, "refusal.calendars.notBefore", interval.fromText(),
					interval.toText());
		}
		for (OpeningHours other : earlier) {
			if (interval.overlaps(other)) {
				throw new InvalidCalendarException(path, "refusal.calendars.interval.overlaps", other);
			}
		}
	}

	private static void requireKey(String path, Object key) {
		if (key == null) {
			throw new InvalidCalendarException(path, "refusal.calendars.emptyKey");
		}
	}
}
