package io.supportdesk.calendars;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The open time of a {@link CalendarDefinition} with hours: each local date's intervals turned into
 * instants with java.time's defaults (a time in a spring-forward gap moves forward by the gap, a time
 * in a fall-back overlap takes the earlier offset), plus the extra coverage windows.
 */
final class DefinitionOpenTime implements OpenTime {

	/** Local dates whose intervals may reach into a UTC range lie at most this many days outside it. */
	private static final int DATE_MARGIN = 2;

	private final ZoneId zone;
	private final DaySchedule schedule;
	private final Intervals extraWindows;

	DefinitionOpenTime(CalendarDefinition definition) {
		this.zone = definition.zone();
		this.schedule = new DaySchedule(definition);
		IntervalsBuilder windows = new IntervalsBuilder();
		definition.extraWindows().forEach(window ->
				windows.add(EpochNanos.clamped(window.from()), EpochNanos.clamped(window.to())));
		this.extraWindows = windows.build();
	}

	@Override
	public Intervals openIntervals(long from, long to) {
		IntervalsBuilder builder = new IntervalsBuilder();
		LocalDate last = EpochNanos.utcDate(to).plusDays(DATE_MARGIN);
		for (LocalDate date = EpochNanos.utcDate(from).minusDays(DATE_MARGIN); !date.isAfter(last);
				date = date.plusDays(1)) {
			addDay(builder, date, from, to);
		}
		extraWindows.clip(from, to).addTo(builder);
		return builder.build();
	}

	/**
	 * A date is a business date when it has hours (override, or weekday and no holiday) and the zone
	 * did not skip it entirely (Pacific/Apia skipped 2011-12-30). Extra windows add time, not dates.
	 */
	@Override
	public boolean isBusinessDate(LocalDate date) {
		return schedule.hasHours(date) && ZoneDates.exists(date, zone);
	}

	@Override
	public ZoneId zoneAt(long instant) {
		return zone;
	}

	private void addDay(IntervalsBuilder builder, LocalDate date, long from, long to) {
		for (OpeningHours hours : schedule.hoursOn(date)) {
			long start = Math.max(from, instantOf(date, hours.fromMinute()));
			long end = Math.min(to, instantOf(date, hours.toMinute()));
			builder.add(start, end);
		}
	}

	private long instantOf(LocalDate date, int minuteOfDay) {
		LocalDateTime local = minuteOfDay == OpeningHours.MINUTES_PER_DAY
				? date.plusDays(1).atStartOfDay()
				: date.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L));
		return EpochNanos.of(ZonedDateTime.of(local, zone).toInstant());
	}
}
