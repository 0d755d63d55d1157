package io.supportdesk.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.supportdesk.shared.InvalidInput;

/** RFC 5545 rules expanded by ical4j in the organisation's zone, the local time kept across DST. */
class RecurrenceTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void aTuesdayWindowKeepsItsLocalTimeAcrossTheSpringChangeInNewYork() {
		// Tuesdays 08:00–14:00 New York time in March 2027; clocks go forward on Sunday 14 March.
		// Before: EST (UTC-5), 08:00 = 13:00Z; after: EDT (UTC-4), 08:00 = 12:00Z.
		List<Span> windows = Recurrence.expand("FREQ=WEEKLY;BYDAY=TU", NEW_YORK, LocalDateTime.parse("2027-03-02T08:00"),
				Duration.ofHours(6), LocalDateTime.parse("2027-04-01T00:00"), List.of());

		assertThat(windows).containsExactly(span("2027-03-02T13:00:00Z", "2027-03-02T19:00:00Z"),
				span("2027-03-09T13:00:00Z", "2027-03-09T19:00:00Z"), span("2027-03-16T12:00:00Z", "2027-03-16T18:00:00Z"),
				span("2027-03-23T12:00:00Z", "2027-03-23T18:00:00Z"), span("2027-03-30T12:00:00Z", "2027-03-30T18:00:00Z"));
	}

	@Test
	void aWindowThatSpansTheAutumnChangeLastsItsDurationInRealTime() {
		// Saturday 6 November 2027 22:00 EDT (UTC-4) = 7 Nov 02:00Z, 6 h long: clocks fall back at 02:00
		// EDT on Sunday, so it ends at 08:00Z = 03:00 EST — six real hours, not 04:00 local.
		List<Span> windows = Recurrence.expand("FREQ=DAILY;COUNT=1", NEW_YORK, LocalDateTime.parse("2027-11-06T22:00"),
				Duration.ofHours(6), LocalDateTime.parse("2027-11-08T00:00"), List.of());

		assertThat(windows).containsExactly(span("2027-11-07T02:00:00Z", "2027-11-07T08:00:00Z"));
	}

	@Test
	void exceptionsLeaveOutADateOrALocalStart() {
		// Tuesdays and Thursdays at 08:00 New York in the first two weeks of March 2027, without
		// Thursday 4 March (a date) and Tuesday 9 March 08:00 (a local start).
		List<Span> windows = Recurrence.expand("FREQ=WEEKLY;BYDAY=TU,TH", NEW_YORK, LocalDateTime.parse("2027-03-02T08:00"),
				Duration.ofHours(1), LocalDateTime.parse("2027-03-12T00:00"), List.of("2027-03-04", "2027-03-09T08:00"));

		assertThat(windows).extracting(Span::from).containsExactly(Instant.parse("2027-03-02T13:00:00Z"),
				Instant.parse("2027-03-11T13:00:00Z"));
	}

	@Test
	void untilAndCountInTheRuleEndIt() {
		List<Span> counted = Recurrence.expand("FREQ=MONTHLY;BYDAY=1MO;COUNT=3", NEW_YORK, LocalDateTime.parse("2027-01-04T09:00"),
				Duration.ofHours(2), LocalDateTime.parse("2028-01-01T00:00"), List.of());
		List<Span> until = Recurrence.expand("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270201T000000Z", NEW_YORK,
				LocalDateTime.parse("2027-01-04T09:00"), Duration.ofHours(2), LocalDateTime.parse("2028-01-01T00:00"), List.of());

		// first Mondays: 4 January, 1 February, 1 March 2027 at 09:00 EST = 14:00Z
		assertThat(counted).extracting(Span::from).containsExactly(Instant.parse("2027-01-04T14:00:00Z"),
				Instant.parse("2027-02-01T14:00:00Z"), Instant.parse("2027-03-01T14:00:00Z"));
		// every other Monday until 1 February 00:00Z: 4 and 18 January
		assertThat(until).extracting(Span::from).containsExactly(Instant.parse("2027-01-04T14:00:00Z"),
				Instant.parse("2027-01-18T14:00:00Z"));
	}

	@Test
	void malformedOrTooFrequentRulesAreRefusedNamingTheField() {
		assertThatThrownBy(() -> Recurrence.expand("FREQ=SOMETIMES", NEW_YORK, LocalDateTime.parse("2027-01-04T09:00"),
				Duration.ofHours(1), LocalDateTime.parse("2027-02-01T00:00"), List.of()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("rrule"));
		assertThatThrownBy(() -> Recurrence.expand("FREQ=HOURLY", NEW_YORK, LocalDateTime.parse("2027-01-04T09:00"),
				Duration.ofHours(1), LocalDateTime.parse("2027-02-01T00:00"), List.of()))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("rrule"));
		assertThatThrownBy(() -> Recurrence.expand("FREQ=DAILY", NEW_YORK, LocalDateTime.parse("2027-01-04T09:00"),
				Duration.ofHours(1), LocalDateTime.parse("2027-02-01T00:00"), List.of("4 January")))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.field()).isEqualTo("exdates[0]"));
	}

	@Test
	void overlappingAndTouchingWindowsMerge() {
		assertThat(Span.merged(List.of(span("2027-01-01T10:00:00Z", "2027-01-01T14:00:00Z"),
				span("2027-01-01T08:00:00Z", "2027-01-01T11:00:00Z"), span("2027-01-01T14:00:00Z", "2027-01-01T15:00:00Z"),
				span("2027-01-01T16:00:00Z", "2027-01-01T17:00:00Z"))))
			.containsExactly(span("2027-01-01T08:00:00Z", "2027-01-01T15:00:00Z"), span("2027-01-01T16:00:00Z", "2027-01-01T17:00:00Z"));
	}

	private static Span span(String from, String to) {
		return new Span(Instant.parse(from), Instant.parse(to));
	}
}
