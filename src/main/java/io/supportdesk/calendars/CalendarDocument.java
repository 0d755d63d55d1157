package io.supportdesk.calendars;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A calendar definition in its JSON shape, the one the API accepts and returns and the one stored
 * with each version:
 * {@code {"zone": "Europe/Berlin", "alwaysOpen": false, "weeklyHours": {"MONDAY": [{"from": "08:00",
 * "to": "20:00"}]}, "holidays": ["2026-12-25"], "dateOverrides": {"2026-12-24": [{"from": "08:00",
 * "to": "12:00"}]}, "extraWindows": [{"from": "2026-12-05T07:00:00Z", "to": "2026-12-05T19:00:00Z"}]}}.
 * Absent collections count as empty.
 */
public record CalendarDocument(String zone, Boolean alwaysOpen, Map<DayOfWeek, List<Hours>> weeklyHours,
		List<LocalDate> holidays, Map<LocalDate, List<Hours>> dateOverrides, List<Window> extraWindows) {

	/** A local opening interval; {@code to} may be {@code 24:00}. */
	public record Hours(String from, String to) {
	}

	/** An extra coverage window. */
	public record Window(Instant from, Instant to) {
	}

	/**
	 * The engine's definition.
	 *
	 * @throws InvalidCalendarException naming the offending field, e.g. {@code weeklyHours.MONDAY[1]}
	 */
	public CalendarDefinition toDefinition() {
		return new CalendarDefinition(zoneId(), Boolean.TRUE.equals(alwaysOpen), weekly(),
				holidays == null ? null : new TreeSet<>(holidays), overrides(), windows());
	}

	/** The JSON shape of a definition. */
	public static CalendarDocument of(CalendarDefinition definition) {
		Map<DayOfWeek, List<Hours>> weekly = new LinkedHashMap<>();
		definition.weeklyHours().forEach((day, hours) -> {
			if (!hours.isEmpty()) {
				weekly.put(day, hours(hours));
			}
		});
		Map<LocalDate, List<Hours>> overrides = new LinkedHashMap<>();
		definition.dateOverrides().forEach((date, hours) -> overrides.put(date, hours(hours)));
		return new CalendarDocument(definition.zone().getId(), definition.alwaysOpen(), weekly,
				List.copyOf(definition.holidays()), overrides,
				definition.extraWindows().stream().map(w -> new Window(w.from(), w.to())).toList());
	}

	private ZoneId zoneId() {
		if (zone == null || zone.isBlank()) {
			throw new InvalidCalendarException("zone", "refusal.calendars.zone.missing");
		}
		try {
			return ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw new InvalidCalendarException("zone", "refusal.calendars.zone.unknown", zone);
		}
	}

	private Map<DayOfWeek, List<OpeningHours>> weekly() {
		Map<DayOfWeek, List<OpeningHours>> weekly = new LinkedHashMap<>();
		if (weeklyHours != null) {
			weeklyHours.forEach((day, hours) -> weekly.put(day, openingHours("weeklyHours." + day, hours)));
		}
		return weekly;
	}

	private SortedMap<LocalDate, List<OpeningHours>> overrides() {
		SortedMap<LocalDate, List<OpeningHours>> overrides = new TreeMap<>();
		if (dateOverrides != null) {
			dateOverrides.forEach((date, hours) -> overrides.put(date, openingHours("dateOverrides." + date, hours)));
		}
		return overrides;
	}

	private List<CoverageWindow> windows() {
		List<CoverageWindow> windows = new ArrayList<>();
		for (int i = 0; extraWindows != null && i < extraWindows.size(); i++) {
			Window window = extraWindows.get(i);
			if (window == null || window.from() == null || window.to() == null) {
				throw new InvalidCalendarException("extraWindows[" + i + "]", "refusal.calendars.window.incomplete");
			}
			try {
				windows.add(new CoverageWindow(window.from(), window.to()));
			}
			catch (InvalidCalendarException ex) {
				throw ex.under("extraWindows[" + i + "]");
			}
		}
		return windows;
	}

	private static List<OpeningHours> openingHours(String path, List<Hours> hours) {
		List<OpeningHours> result = new ArrayList<>();
		for (int i = 0; hours != null && i < hours.size(); i++) {
			Hours entry = hours.get(i);
			if (entry == null || entry.from() == null || entry.to() == null) {
				throw new InvalidCalendarException(path + "[" + i + "]", "refusal.calendars.window.incomplete");
			}
			try {
				result.add(OpeningHours.of(entry.from(), entry.to()));
			}
			catch (InvalidCalendarException ex) {
				throw ex.under(path + "[" + i + "]");
			}
		}
		return result;
	}

	private static List<Hours> hours(List<OpeningHours> hours) {
		return hours.stream().map(h -> new Hours(h.fromText(), h.toText())).toList();
	}
}
