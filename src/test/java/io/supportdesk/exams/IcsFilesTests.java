package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import org.junit.jupiter.api.Test;

import io.supportdesk.shared.InvalidInput;

/** iCalendar files of exam schedules read, and feeds written, through ical4j. */
class IcsFilesTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** An exam schedule as a proctoring system exports it: a weekly series with an exception, and a one-off session. */
	static final String SCHEDULE = """
			BEGIN:VCALENDAR\r
			VERSION:2.0\r
			PRODID:-//Example Proctoring//Schedule//EN\r
			BEGIN:VEVENT\r
			UID:series@example.com\r
			DTSTAMP:20261201T000000Z\r
			DTSTART;TZID=America/New_York:20270302T080000\r
			DTEND;TZID=America/New_York:20270302T140000\r
			RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3\r
			EXDATE;TZID=America/New_York:20270309T080000\r
			SUMMARY:Certification exams\r
			END:VEVENT\r
			BEGIN:VEVENT\r
			UID:oneoff@example.com\r
			DTSTAMP:20261201T000000Z\r
			DTSTART:20270401T080000Z\r
			DTEND:20270401T100000Z\r
			SUMMARY:Retakes\r
			END:VEVENT\r
			END:VCALENDAR\r
			""";

	@Test
	void anImportedScheduleExpandsItsSeriesWithExceptionsAcrossDst() {
		// 2 March 08:00 EST = 13:00Z; 9 March is excepted; 16 March 08:00 EDT (after 14 March) = 12:00Z;
		// the one-off session on 1 April 08:00Z.
		List<Span> windows = IcsFiles.windows(SCHEDULE, NEW_YORK, Instant.parse("2027-03-01T00:00:00Z"),
				Instant.parse("2028-03-01T00:00:00Z"));

		assertThat(windows).containsExactly(new Span(Instant.parse("2027-03-02T13:00:00Z"), Instant.parse("2027-03-02T19:00:00Z")),
				new Span(Instant.parse("2027-03-16T12:00:00Z"), Instant.parse("2027-03-16T18:00:00Z")),
				new Span(Instant.parse("2027-04-01T08:00:00Z"), Instant.parse("2027-04-01T10:00:00Z")));
		assertThat(IcsFiles.firstStart(SCHEDULE, NEW_YORK)).contains(Instant.parse("2027-03-02T13:00:00Z"));
	}

	@Test
	void aFeedIsValidIcalendarThatReadsBackAsTheSameWindows() throws Exception {
		List<IcsFiles.FeedEvent> events = List.of(
				new IcsFiles.FeedEvent("a@exams.supportdesk", Instant.parse("2027-03-02T13:00:00Z"),
						Instant.parse("2027-03-02T19:00:00Z"), "Exam coverage: Northwind", null),
				new IcsFiles.FeedEvent("b@exams.supportdesk", Instant.parse("2027-03-16T12:00:00Z"),
						Instant.parse("2027-03-16T18:00:00Z"), "Exam coverage: Northwind", "Proctored"));

		String feed = IcsFiles.feed("Exam coverage", events, Instant.parse("2026-12-02T09:00:00.123Z"));

		Calendar parsed = new CalendarBuilder().build(new StringReader(feed));
		parsed.validate();
		assertThat(feed).contains("DTSTART:20270302T130000Z", "DTSTAMP:20261202T090000Z", "UID:a@exams.supportdesk");
		assertThat(IcsFiles.windows(feed, ZoneId.of("UTC"), Instant.parse("2027-01-01T00:00:00Z"),
				Instant.parse("2028-01-01T00:00:00Z")))
			.containsExactly(new Span(events.get(0).from(), events.get(0).to()), new Span(events.get(1).from(), events.get(1).to()));
	}

	@Test
	void aFileThatIsNoIcalendarIsRefusedNamingTheBody() {
		assertThatThrownBy(() -> IcsFiles.windows("{\"mode\": \"ANNUAL\"}", NEW_YORK, Instant.EPOCH, Instant.EPOCH))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("body"));
	}
}
