package io.supportdesk.calendars.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarView;
import io.supportdesk.calendars.Explanation;
import io.supportdesk.shared.InvalidInput;

/**
 * The SLA preview: "opened at this local time, with a target of N minutes / hours / business days:
 * due when?". The start is local time in the calendar's zone.
 */
record PreviewForm(LocalDateTime start, Long amount, Unit unit) {

	enum Unit {
		MINUTES, HOURS, BUSINESS_DAYS
	}

	static PreviewForm empty(CalendarView view) {
		return new PreviewForm(null, 8L, Unit.HOURS);
	}

	/** Whether the form was filled in. */
	boolean asked() {
		return start != null || amount != null;
	}

	Explanation explain(CalendarPreview preview, CalendarId id, ZoneId zone) {
		if (start == null) {
			throw new InvalidInput("start", "refusal.calendars.preview.start");
		}
		if (amount == null || amount < 0 || amount > 10_000_000) {
			throw new InvalidInput("amount", "refusal.calendars.preview.amount");
		}
		var instant = start.truncatedTo(ChronoUnit.MINUTES).atZone(zone).toInstant();
		return switch (unit) {
			case MINUTES -> preview.explainDue(id, instant, amount, null);
			case HOURS -> preview.explainDue(id, instant, Math.multiplyExact(amount, 60), null);
			case BUSINESS_DAYS -> preview.explainDue(id, instant, null, Math.toIntExact(amount));
		};
	}
}
