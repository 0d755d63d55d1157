package io.supportdesk.calendars.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.calendars.CalendarId;
import io.supportdesk.calendars.CalendarManagement;
import io.supportdesk.calendars.Explanation;
import io.supportdesk.shared.InvalidInput;

/**
 * Answers the preview questions of the API and the console ("from this instant, N minutes or N
 * business days: due when, and why?"), checking the arguments and naming the wrong one.
 */
@Component
class CalendarPreview {

	/** Targets beyond this are refused (the engine counts up to 40 years; SLA targets are far shorter). */
	static final long MAX_MINUTES = Duration.ofDays(366L * 20).toMinutes();

	static final int MAX_BUSINESS_DAYS = 5000;

	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

	private final CalendarManagement calendars;

	CalendarPreview(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	Map<String, Object> due(CalendarId id, Instant start, Long minutes, Integer businessDays, boolean explain) {
		Explanation explanation = explainDue(id, start, minutes, businessDays);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("due", explanation.result());
		if (explain) {
			json.put("explanation", explanationJson(explanation));
		}
		return json;
	}

	Explanation explainDue(CalendarId id, Instant start, Long minutes, Integer businessDays) {
		requireInRange("start", start);
		if ((minutes == null) == (businessDays == null)) {
			throw new InvalidInput(minutes == null ? "minutes" : "businessDays",
					"refusal.calendars.preview.oneTarget");
		}
		BusinessCalendar calendar = calendars.businessCalendar(id);
		if (minutes != null) {
			requireBetween("minutes", minutes, MAX_MINUTES);
			return calendar.explainAdd(start, Duration.ofMinutes(minutes));
		}
		requireBetween("businessDays", businessDays, MAX_BUSINESS_DAYS);
		return calendar.explainAddBusinessDays(start, businessDays);
	}

	Map<String, Object> elapsed(CalendarId id, Instant from, Instant to, boolean explain) {
		requireInRange("from", from);
		requireInRange("to", to);
		if (from.isAfter(to)) {
			throw new InvalidInput("from", "refusal.calendars.preview.fromAfterTo");
		}
		Explanation explanation = calendars.businessCalendar(id).explainElapsed(from, to);
		long seconds = explanation.businessTime().toSeconds();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("seconds", seconds);
		json.put("minutes", seconds % 60 == 0 ? (Object) (seconds / 60) : (Object) (seconds / 60.0));
		if (explain) {
			json.put("explanation", explanationJson(explanation));
		}
		return json;
	}

	static Map<String, Object> explanationJson(Explanation explanation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("operation", explanation.operation());
		json.put("start", explanation.start());
		json.put("result", explanation.result());
		json.put("zone", explanation.zone().getId());
		json.put("businessSeconds", explanation.businessTime().toSeconds());
		json.put("businessDays", explanation.businessDays());
		json.put("businessDates", explanation.businessDates());
		json.put("intervals", explanation.intervals().stream().map(interval -> Map.of("from", interval.from(), "to",
				interval.to(), "localFrom", interval.localFrom(), "localTo", interval.localTo(), "countedSeconds",
				interval.counted().toSeconds())).toList());
		json.put("text", explanation.describe());
		return json;
	}

	private static void requireInRange(String field, Instant instant) {
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw new InvalidInput(field, "refusal.calendars.preview.years");
		}
	}

	private static void requireBetween(String field, long value, long max) {
		if (value < 0 || value > max) {
			throw new InvalidInput(field, "refusal.calendars.preview.range", max);
		}
	}
}
