package io.supportdesk.calendars.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.supportdesk.calendars.CalendarDocument;
import io.supportdesk.calendars.OpeningHours;
import io.supportdesk.shared.InvalidInput;

/**
 * The console's way of writing a day's hours: {@code 08:00-12:00, 13:00-17:00}; empty means closed.
 */
final class HoursText {

	private HoursText() {
	}

	static String format(List<OpeningHours> hours) {
		return hours.stream().map(h -> h.fromText() + "-" + h.toText()).collect(Collectors.joining(", "));
	}

	/** Parses a day's hours; a malformed entry is refused as input naming {@code field}. */
	static List<CalendarDocument.Hours> parse(String field, String text) {
		List<CalendarDocument.Hours> hours = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return hours;
		}
		for (String part : text.split("[,;]")) {
			String[] ends = part.strip().split("\\s*[-–]\\s*");
			if (ends.length != 2 || !ends[0].matches("\\d{1,2}:\\d{2}") || !ends[1].matches("\\d{1,2}:\\d{2}")) {
				throw new InvalidInput(field, "refusal.calendars.hours.format", part.strip());
			}
			hours.add(new CalendarDocument.Hours(pad(ends[0]), pad(ends[1])));
		}
		return hours;
	}

	private static String pad(String time) {
		return time.length() == 4 ? "0" + time : time;
	}
}
