package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately naive reference for {@link BusinessCalendar}: it walks the timeline minute by
 * minute and asks of each minute whether the calendar is open, straight from the definition. Slow
 * by design (its cost grows with the length of the target) and obviously right, it is what the fast
 * engine is checked and benchmarked against. Exact only for minute-aligned instants and targets on
 * calendars whose boundaries are whole minutes; searches give up after {@link #SEARCH_LIMIT}.
 */
final class NaiveBusinessCalendar {

	/** How far {@link #nextOpening} and {@link #nextClosing} look before giving up. */
	static final Duration SEARCH_LIMIT = Duration.ofDays(60);
	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final NaiveRules rules;

	private NaiveBusinessCalendar(NaiveRules rules) {
		this.rules = rules;
	}

	static NaiveBusinessCalendar of(CalendarDefinition definition) {
		return new NaiveBusinessCalendar(new NaiveDefinitionRules(definition));
	}

	static NaiveBusinessCalendar union(List<NaiveBusinessCalendar> members) {
		return new NaiveBusinessCalendar(NaiveRules.union(members.stream().map(member -> member.rules).toList()));
	}

	static NaiveBusinessCalendar versioned(List<Instant> effectiveFrom, List<NaiveBusinessCalendar> versions) {
		return new NaiveBusinessCalendar(NaiveRules.versioned(effectiveFrom,
				versions.stream().map(version -> version.rules).toList()));
	}

	boolean isOpen(Instant instant) {
		return rules.isOpen(instant);
	}

	/** Counts open minutes from {@code start} until the target is used up, then finds the next open minute. */
	Instant add(Instant start, Duration businessTime) {
		long minutes = businessTime.toMinutes();
		Instant time = start;
		while (minutes > 0) {
			if (isOpen(time)) {
				minutes--;
			}
			time = time.plus(MINUTE);
		}
		return nextOpening(time).orElseThrow();
	}

	/** Counts the open minutes in {@code [from, to)}. */
	Duration elapsed(Instant from, Instant to) {
		long minutes = 0;
		for (Instant time = from; time.isBefore(to); time = time.plus(MINUTE)) {
			if (isOpen(time)) {
				minutes++;
			}
		}
		return Duration.ofMinutes(minutes);
	}

	/** Walks minute by minute until an open minute, for at most {@link #SEARCH_LIMIT}. */
	Optional<Instant> nextOpening(Instant instant) {
		Instant limit = instant.plus(SEARCH_LIMIT);
		for (Instant time = instant; time.isBefore(limit); time = time.plus(MINUTE)) {
			if (isOpen(time)) {
				return Optional.of(time);
			}
		}
		return Optional.empty();
	}

	/** Walks from the next opening until the first closed minute. */
	Optional<Instant> nextClosing(Instant instant) {
		Optional<Instant> opening = nextOpening(instant);
		if (opening.isEmpty()) {
			return Optional.empty();
		}
		Instant limit = opening.get().plus(SEARCH_LIMIT);
		for (Instant time = opening.get(); time.isBefore(limit); time = time.plus(MINUTE)) {
			if (!isOpen(time)) {
				return Optional.of(time);
			}
		}
		return Optional.empty();
	}

	/**
	 * Walks minute by minute; whenever the local date changes it counts the dates passed (a date the
	 * zone skipped is passed too) that are business dates; once {@code days} are counted it takes
	 * the start's local clock time on the last one and walks on to the next open minute.
	 */
	Instant addBusinessDays(Instant start, int days) {
		ZoneId zone = rules.zoneAt(start);
		LocalDateTime local = LocalDateTime.ofInstant(start, zone);
		LocalDate passed = local.toLocalDate();
		LocalDate target = passed;
		Instant time = start;
		for (int counted = 0; counted < days; ) {
			time = time.plus(MINUTE);
			LocalDate entered = LocalDate.ofInstant(time, zone);
			while (counted < days && passed.isBefore(entered)) {
				passed = passed.plusDays(1);
				if (rules.isBusinessDate(passed)) {
					counted++;
					target = passed;
				}
			}
		}
		Instant sameTime = days == 0 ? start : ZonedDateTime.of(target.atTime(local.toLocalTime()), zone).toInstant();
		while (time.isBefore(sameTime)) {
			time = time.plus(MINUTE);
		}
		return nextOpening(sameTime).orElseThrow();
	}
}
