package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local hours of each date of a {@link CalendarDefinition}: its override if it has one, none on
 * a holiday, otherwise its weekday's hours. Hours are sorted {@link OpeningHours} lists.
 */
final class DaySchedule {

	private final Map<DayOfWeek, List<OpeningHours>> weekly;
	private final Set<LocalDate> holidays;
	private final Map<LocalDate, List<OpeningHours>> overrides;

	DaySchedule(CalendarDefinition definition) {
		this.weekly = sortedCopy(definition.weeklyHours());
		this.holidays = Set.copyOf(definition.holidays());
		this.overrides = sortedCopy(definition.dateOverrides());
	}

	/** @return the local opening intervals of {@code date}, sorted by opening time */
	List<OpeningHours> hoursOn(LocalDate date) {
		List<OpeningHours> override = overrides.get(date);
		if (override != null) {
			return override;
		}
		return holidays.contains(date) ? List.of() : weekly.getOrDefault(date.getDayOfWeek(), List.of());
	}

	/** @return whether {@code date} has hours, by override or by weekday when it is no holiday */
	boolean hasHours(LocalDate date) {
		return !hoursOn(date).isEmpty();
	}

	private static <K> Map<K, List<OpeningHours>> sortedCopy(Map<K, List<OpeningHours>> hoursByKey) {
		Map<K, List<OpeningHours>> copy = new HashMap<>();
		hoursByKey.forEach((key, hours) -> copy.put(key, hours.stream()
				.sorted((a, b) -> Integer.compare(a.fromMinute(), b.fromMinute()))
				.toList()));
		return copy;
	}
}
