package io.supportdesk.exams;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import io.supportdesk.shared.InvalidInput;

/**
 * An RFC 5545 recurrence rule expanded by ical4j in a zone: each occurrence starts at the same local
 * time whatever the offset (a 08:00 window stays 08:00 across a DST change), and lasts
 * {@code duration}. Occurrences whose local date or local start is an exception are left out.
 */
final class Recurrence {

	/** More windows than this in one booking is a rule gone wrong (FREQ=DAILY for a year is 366). */
	static final int MAX_WINDOWS = 400;

	private Recurrence() {
	}

	/**
	 * The windows of {@code rrule} from {@code start} (the first occurrence, local in {@code zone}) that
	 * start before {@code end}, at most {@code until} when given.
	 */
	static List<Span> expand(String rrule, ZoneId zone, LocalDateTime start, Duration duration, LocalDateTime end,
			List<String> exdates) {
		Recur<ZonedDateTime> recur = parse(rrule);
		Set<Object> exceptions = exceptions(exdates);
		ZonedDateTime seed = start.atZone(zone);
		ZonedDateTime periodEnd = end.atZone(zone);
		List<ZonedDateTime> starts = recur.getDates(seed, seed, periodEnd, MAX_WINDOWS + 2);
		if (starts.size() > MAX_WINDOWS) {
			throw new InvalidInput("rrule", "refusal.exams.booking.tooManyWindows", MAX_WINDOWS);
		}
		List<Span> windows = new ArrayList<>();
		for (ZonedDateTime occurrence : starts) {
			if (!occurrence.isBefore(periodEnd) || occurrence.isBefore(seed)) {
				continue;
			}
			LocalDateTime local = occurrence.toLocalDateTime();
			if (exceptions.contains(local) || exceptions.contains(local.toLocalDate())) {
				continue;
			}
			windows.add(new Span(occurrence.toInstant(), occurrence.plus(duration).toInstant()));
		}
		return windows;
	}

	private static Recur<ZonedDateTime> parse(String rrule) {
		String rule = rrule.trim();
		if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
			rule = rule.substring(6);
		}
		Recur<ZonedDateTime> recur;
		try {
			recur = new Recur<>(rule);
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("rrule", "refusal.exams.booking.rrule.invalid");
		}
		Frequency frequency = recur.getFrequency();
		if (frequency == null || frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY
				|| frequency == Frequency.HOURLY) {
			throw new InvalidInput("rrule", "refusal.exams.booking.rrule.frequency");
		}
		return recur;
	}

	private static Set<Object> exceptions(List<String> exdates) {
		Set<Object> exceptions = new HashSet<>();
		for (int i = 0; i < exdates.size(); i++) {
			String text = exdates.get(i) == null ? "" : exdates.get(i).trim();
			try {
				exceptions.add(text.length() == 10 ? LocalDate.parse(text) : LocalDateTime.parse(text));
			}
			catch (DateTimeException ex) {
				throw new InvalidInput("exdates[" + i + "]", "refusal.exams.booking.exdate.invalid");
			}
		}
		return exceptions;
	}
}
