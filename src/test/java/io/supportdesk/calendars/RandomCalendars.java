package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random calendars for the property tests, each paired with the naive reference built from the same
 * definitions: weekly hours with lunch breaks, holidays, overrides and extra windows placed around a
 * base instant near a DST transition of a random zone; plain (70 %), unions (15 %), versioned (15 %).
 */
final class RandomCalendars {

	static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
			"Asia/Kolkata", "Pacific/Apia", "UTC").stream().map(ZoneId::of).toList();

	/** A random calendar, its reference, and a base instant its features are placed around. */
	record Scenario(String description, BusinessCalendar engine, NaiveBusinessCalendar naive, Instant base) {

		/** @return a minute-aligned instant within {@code days} days either side of the base */
		Instant near(Random random, int days) {
			return base.plus(random.nextInt(2 * days * 1440 + 1) - days * 1440L, ChronoUnit.MINUTES);
		}

		@Override
		public String toString() {
			return description;
		}
	}

	private final Random random;

	RandomCalendars(Random random) {
		this.random = random;
	}

	Scenario scenario() {
		ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
		Instant base = baseInstant(zone);
		int kind = random.nextInt(100);
		if (kind < 70) {
			CalendarDefinition definition = definition(zone, base);
			return new Scenario(definition + " base " + base, BusinessCalendar.of(definition),
					NaiveBusinessCalendar.of(definition), base);
		}
		return kind < 85 ? union(zone, base) : versioned(zone, base);
	}

	private Scenario union(ZoneId zone, Instant base) {
		CalendarDefinition first = definition(zone, base);
		CalendarDefinition second = definition(random.nextBoolean() ? zone : randomZone(), base);
		return new Scenario("union of " + first + " and " + second + " base " + base,
				BusinessCalendar.union(BusinessCalendar.of(first), BusinessCalendar.of(second)),
				NaiveBusinessCalendar.union(List.of(NaiveBusinessCalendar.of(first), NaiveBusinessCalendar.of(second))),
				base);
	}

	private Scenario versioned(ZoneId zone, Instant base) {
		TreeSet<Instant> edits = new TreeSet<>();
		int count = 2 + random.nextInt(2);
		while (edits.size() < count) {
			edits.add(base.plus(random.nextInt(7 * 1440) - 2 * 1440L, ChronoUnit.MINUTES));
		}
		List<CalendarVersion> versions = new ArrayList<>();
		List<NaiveBusinessCalendar> references = new ArrayList<>();
		StringBuilder description = new StringBuilder("versioned base " + base);
		for (Instant edit : edits) {
			CalendarDefinition definition = definition(random.nextInt(4) == 0 ? randomZone() : zone, base);
			versions.add(CalendarVersion.of(edit, definition));
			references.add(NaiveBusinessCalendar.of(definition));
			description.append("\n  from ").append(edit).append(": ").append(definition);
		}
		return new Scenario(description.toString(), BusinessCalendar.versioned(versions),
				NaiveBusinessCalendar.versioned(List.copyOf(edits), references), base);
	}

	private CalendarDefinition definition(ZoneId zone, Instant base) {
		if (random.nextInt(30) == 0) {
			return CalendarDefinition.alwaysOpen(zone);
		}
		CalendarDefinition.Builder builder = CalendarDefinition.builder(zone);
		int weeklyMinutes = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			List<OpeningHours> hours = random.nextInt(4) == 0 ? List.of() : dayHours();
			builder.weekly(day, hours.toArray(OpeningHours[]::new));
			weeklyMinutes += hours.stream().mapToInt(h -> h.toMinute() - h.fromMinute()).sum();
		}
		if (weeklyMinutes < 8 * 60) {
			builder.weekly(DayOfWeek.WEDNESDAY, OpeningHours.of("06:00", "18:00"));
		}
		LocalDate baseDate = LocalDate.ofInstant(base, zone);
		for (int i = random.nextInt(4); i > 0; i--) {
			builder.holidays(baseDate.plusDays(random.nextInt(14) - 3));
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			builder.override(baseDate.plusDays(random.nextInt(14) - 3), random.nextInt(3) == 0
					? new OpeningHours[0] : dayHours().toArray(OpeningHours[]::new));
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			Instant from = base.plus(random.nextInt(10 * 1440) - 2 * 1440L, ChronoUnit.MINUTES);
			builder.extraWindow(from, from.plus(Duration.ofMinutes(30 + random.nextInt(12 * 60))));
		}
		return builder.build();
	}

	/** One to three non-overlapping intervals; boundaries on 15-minute steps or any minute; sometimes all day. */
	private List<OpeningHours> dayHours() {
		if (random.nextInt(10) == 0) {
			return List.of(OpeningHours.allDay());
		}
		int step = random.nextBoolean() ? 15 : 1;
		TreeSet<Integer> cuts = new TreeSet<>();
		int count = 2 * (1 + random.nextInt(3));
		while (cuts.size() < count) {
			cuts.add(step * random.nextInt(OpeningHours.MINUTES_PER_DAY / step + 1));
		}
		List<Integer> sorted = new ArrayList<>(cuts);
		List<OpeningHours> hours = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i += 2) {
			hours.add(new OpeningHours(sorted.get(i), sorted.get(i + 1)));
		}
		return hours;
	}

	/** A minute-aligned instant in 1971–2075, usually within two days of one of the zone's transitions. */
	private Instant baseInstant(ZoneId zone) {
		if (zone.getId().equals("Pacific/Apia") && random.nextInt(5) == 0) {
			return Instant.parse("2011-12-29T00:00:00Z").plus(random.nextInt(4 * 1440) - 2 * 1440L, ChronoUnit.MINUTES);
		}
		int year = 1971 + random.nextInt(105);
		Instant instant = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
				.plus(random.nextInt(365 * 1440), ChronoUnit.MINUTES);
		ZoneOffsetTransition transition = zone.getRules().nextTransition(instant);
		if (transition == null || random.nextInt(4) == 0 || transition.getInstant().getEpochSecond() % 60 != 0) {
			return instant;
		}
		return transition.getInstant().plus(random.nextInt(4 * 1440) - 2 * 1440L, ChronoUnit.MINUTES);
	}

	private ZoneId randomZone() {
		return ZONES.get(random.nextInt(ZONES.size()));
	}
}
