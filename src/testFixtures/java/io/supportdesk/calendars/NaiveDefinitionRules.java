package io.supportdesk.calendars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CalendarDefinition} asked directly: is this minute inside one of the intervals of the
 * dates around it (each interval's ends resolved with {@code ZonedDateTime.of}), or inside an extra
 * window? The resolved intervals of a date are remembered so the reference stays usable in tests.
 */
final class NaiveDefinitionRules implements NaiveRules {

	private final CalendarDefinition definition;
	private final Map<LocalDate, List<Instant[]>> resolved = new ConcurrentHashMap<>();

	NaiveDefinitionRules(CalendarDefinition definition) {
		this.definition = definition;
	}

	@Override
	public boolean isOpen(Instant instant) {
		if (definition.alwaysOpen() || definition.extraWindows().stream().anyMatch(window -> window.contains(instant))) {
			return true;
		}
		LocalDate local = LocalDate.ofInstant(instant, definition.zone());
		for (LocalDate date = local.minusDays(2); !date.isAfter(local.plusDays(1)); date = date.plusDays(1)) {
			for (Instant[] interval : resolved.computeIfAbsent(date, this::resolve)) {
				if (!instant.isBefore(interval[0]) && instant.isBefore(interval[1])) {
					return true;
				}
			}
		}
		return false;
	}

	/** A date the zone did not skip, with hours (override, else weekday unless a holiday) or always open. */
	@Override
	public boolean isBusinessDate(LocalDate date) {
		boolean existsLocally = false;
		for (int hour = 0; hour < 24; hour++) {
			existsLocally |= !definition.zone().getRules().getValidOffsets(date.atTime(hour, 0)).isEmpty();
		}
		return existsLocally && (definition.alwaysOpen() || !hoursOn(date).isEmpty());
	}

	@Override
	public ZoneId zoneAt(Instant instant) {
		return definition.zone();
	}

	private List<OpeningHours> hoursOn(LocalDate date) {
		if (definition.dateOverrides().containsKey(date)) {
			return definition.dateOverrides().get(date);
		}
		if (definition.holidays().contains(date)) {
			return List.of();
		}
		return definition.weeklyHours().getOrDefault(date.getDayOfWeek(), List.of());
	}

	private List<Instant[]> resolve(LocalDate date) {
		return hoursOn(date).stream()
				.map(hours -> new Instant[] {at(date, hours.fromMinute()), at(date, hours.toMinute())})
				.toList();
	}

	private Instant at(LocalDate date, int minuteOfDay) {
		LocalDateTime local = date.atStartOfDay().plusMinutes(minuteOfDay);
		return ZonedDateTime.of(local, definition.zone()).toInstant();
	}
}
