package io.supportdesk.oncall.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.supportdesk.accounts.UserId;
import io.supportdesk.oncall.RotaSchedule;

/** A person's on-call shifts as an RFC 5545 calendar: one VEVENT per shift, UTC times, CRLF lines. */
final class ShiftCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private ShiftCalendar() {
	}

	static String of(UserId user, List<RotaSchedule.Shift> shifts, Instant stamp) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Supportdesk//On-call//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "X-WR-CALNAME:On call");
		for (RotaSchedule.Shift shift : shifts) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:oncall-" + user + "-" + shift.from().getEpochSecond() + "@supportdesk");
			line(ics, "DTSTAMP:" + UTC.format(stamp));
			line(ics, "DTSTART:" + UTC.format(shift.from()));
			line(ics, "DTEND:" + UTC.format(shift.to()));
			line(ics, "SUMMARY:On call");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static void line(StringBuilder ics, String line) {
		ics.append(line).append("\r\n");
	}
}
