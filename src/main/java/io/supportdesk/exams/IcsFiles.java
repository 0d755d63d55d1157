package io.supportdesk.exams;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

import io.supportdesk.shared.InvalidInput;

/**
 * iCalendar (RFC 5545) files through ical4j: the windows of an imported exam schedule (each event with
 * its RRULE, RDATE and EXDATE expanded by the library), and feeds of windows written in UTC.
 */
final class IcsFiles {

	private static final String PRODUCT = "-//Supportdesk//Exam coverage//EN";

	private IcsFiles() {
	}

	/** One event of a feed. */
	record FeedEvent(String uid, Instant from, Instant to, String summary, String description) {
	}

	/**
	 * The windows of every event of {@code ics} that start in {@code [from, to)}, oldest first; floating
	 * times are read in {@code zone}. A file that is no iCalendar, or an event without start or end, is
	 * refused naming {@code body}.
	 */
	static List<Span> windows(String ics, ZoneId zone, Instant from, Instant to) {
		Calendar calendar = parse(ics);
		List<Span> windows = new ArrayList<>();
		Period<Temporal> span = new Period<>(from, to);
		List<VEvent> events = calendar.getComponents("VEVENT");
		for (VEvent event : events) {
			Optional<DtStart<Temporal>> start = event.getStartDate();
			Optional<DtEnd<Temporal>> end = event.getEndDate();
			if (start.isEmpty() || end.isEmpty() || start.get().getDate() instanceof LocalDate) {
				throw new InvalidInput("body", "refusal.exams.ics.event", uid(event));
			}
			for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(span)) {
				Instant begins = instant(occurrence.getStart(), zone);
				if (!begins.isBefore(from) && begins.isBefore(to)) {
					windows.add(new Span(begins, instant(occurrence.getEnd(), zone)));
					if (windows.size() > Recurrence.MAX_WINDOWS) {
						throw new InvalidInput("body", "refusal.exams.booking.tooManyWindows", Recurrence.MAX_WINDOWS);
					}
				}
			}
		}
		windows.sort(java.util.Comparator.comparing(Span::from));
		return windows;
	}

	/** The first start of any event in the file (where its twelve months begin). */
	static Optional<Instant> firstStart(String ics, ZoneId zone) {
		List<VEvent> events = parse(ics).getComponents("VEVENT");
		return events.stream().map(VEvent::<Temporal>getStartDate).flatMap(Optional::stream).map(DtStart::getDate)
			.filter(date -> !(date instanceof LocalDate)).map(date -> instant(date, zone)).min(Instant::compareTo);
	}

	/** A feed of {@code events}, stamped at {@code now}: valid RFC 5545, times in UTC. */
	static String feed(String name, List<FeedEvent> events, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
		for (FeedEvent event : events) {
			VEvent vevent = new VEvent(false);
			vevent.add(new Uid(event.uid()));
			vevent.add(new DtStamp(now.with(ChronoField.NANO_OF_SECOND, 0)));
			vevent.add(new DtStart<>(event.from()));
			vevent.add(new DtEnd<>(event.to()));
			vevent.add(new Summary(event.summary()));
			if (event.description() != null) {
				vevent.add(new Description(event.description()));
			}
			calendar.add(vevent);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static Calendar parse(String ics) {
		try {
			return new CalendarBuilder().build(new StringReader(ics == null ? "" : ics));
		}
		catch (ParserException | IOException | RuntimeException ex) {
			throw new InvalidInput("body", "refusal.exams.ics.invalid");
		}
	}

	private static String uid(VEvent event) {
		return event.getUid().map(Uid::getValue).orElse("?");
	}

	private static Instant instant(Temporal temporal, ZoneId zone) {
		if (temporal instanceof LocalDateTime local) {
			return local.atZone(zone).toInstant();
		}
		if (temporal instanceof LocalDate date) {
			return date.atStartOfDay(zone).toInstant();
		}
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		return Instant.from(temporal);
	}
}
