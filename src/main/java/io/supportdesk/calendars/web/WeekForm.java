package io.supportdesk.calendars.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.supportdesk.calendars.CalendarDocument;
import io.supportdesk.calendars.CalendarView;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Refusal;

/**
 * The console's calendar form: name, zone, 24x7 or a weekly grid with one text per weekday
 * ({@code 08:00-12:00, 13:00-20:00}).
 */
record WeekForm(String name, String zone, boolean alwaysOpen, Map<DayOfWeek, String> days) {

	static WeekForm standard() {
		Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, day.getValue() <= 5 ? "08:00-20:00" : "");
		}
		return new WeekForm("", "Europe/Berlin", false, days);
	}

	static WeekForm of(CalendarView view) {
		Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, HoursText.format(view.current().weeklyHours().getOrDefault(day, List.of())));
		}
		return new WeekForm(view.name(), view.current().zone().getId(), view.current().alwaysOpen(), days);
	}

	static WeekForm of(Map<String, String> form) {
		Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, form.getOrDefault(day.name(), "").strip());
		}
		return new WeekForm(form.getOrDefault("name", "").strip(), form.getOrDefault("zone", "").strip(),
				form.containsKey("alwaysOpen"), days);
	}

	/** What is wrong with the form before it reaches the calendar's own rules. */
	Map<String, Refusal> errorsInto() {
		Map<String, Refusal> errors = new LinkedHashMap<>();
		if (name.isBlank()) {
			errors.put("name", Refusal.of("refusal.calendars.name.missing"));
		}
		else if (name.length() > 200) {
			errors.put("name", Refusal.of("refusal.calendars.name.tooLong"));
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			try {
				HoursText.parse(day.name(), days.get(day));
			}
			catch (InvalidInput invalid) {
				errors.put(day.name(), invalid.refusal());
			}
		}
		return errors;
	}

	CalendarDocument document(List<LocalDate> holidays, Map<LocalDate, List<CalendarDocument.Hours>> overrides) {
		Map<DayOfWeek, List<CalendarDocument.Hours>> weekly = new EnumMap<>(DayOfWeek.class);
		if (!alwaysOpen) {
			days.forEach((day, text) -> weekly.put(day, HoursText.parse(day.name(), text)));
		}
		return new CalendarDocument(zone, alwaysOpen, weekly, alwaysOpen ? List.of() : holidays,
				alwaysOpen ? Map.of() : overrides, List.of());
	}
}
