package io.supportdesk.calendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a calendar is, as configured by a support manager; {@link BusinessCalendar#of} turns it into
 * arithmetic. Immutable and validated on construction: an invalid definition throws
 * {@link InvalidCalendarException} naming the offending field in the API's JSON shape.
 *
 * <p>A local date's hours are its {@linkplain #dateOverrides() override} if it has one (an empty list
 * closes the date, an override wins over a holiday), otherwise none if it is a
 * {@linkplain #holidays() holiday}, otherwise the {@linkplain #weeklyHours() weekly hours} of its
 * weekday. {@linkplain #extraWindows() Extra windows} are open in addition to all of that.
 *
 * @param zone          the zone whose local clock the hours follow
 * @param alwaysOpen    open 24x7; then no other hours, holidays, overrides or windows are allowed
 * @param weeklyHours   opening intervals per weekday (several a day, not overlapping, any order)
 * @param holidays      local dates closed all day
 * @param dateOverrides local dates whose intervals replace the weekly ones
 * @param extraWindows  instant ranges open in addition to the hours above
 */
public record CalendarDefinition(
		ZoneId zone,
		boolean alwaysOpen,
		Map<DayOfWeek, List<OpeningHours>> weeklyHours,
		SortedSet<LocalDate> holidays,
		SortedMap<LocalDate, List<OpeningHours>> dateOverrides,
		List<CoverageWindow> extraWindows) {

	/** Validates every part and keeps immutable copies; {@code null} collections count as empty. */
	public CalendarDefinition {
		zone = DefinitionRules.zone(zone);
		weeklyHours = DefinitionRules.weeklyHours(weeklyHours);
		holidays = DefinitionRules.holidays(holidays);
		dateOverrides = DefinitionRules.dateOverrides(dateOverrides);
		extraWindows = DefinitionRules.extraWindows(extraWindows);
		DefinitionRules.alwaysOpenStandsAlone(alwaysOpen, weeklyHours.values(),
				holidays.size() + dateOverrides.size() + extraWindows.size());
	}

	/**
	 * @param zone the zone whose local clock the calendar follows
	 * @return a definition open 24x7
	 */
	public static CalendarDefinition alwaysOpen(ZoneId zone) {
		return new CalendarDefinition(zone, true, null, null, null, null);
	}

	/**
	 * @param zone the zone whose local clock the calendar follows
	 * @return a builder for a definition with hours, initially closed every day
	 */
	public static Builder builder(ZoneId zone) {
		return new Builder(zone);
	}

	/**
	 * @param zoneId a zone id such as {@code Europe/Berlin}
	 * @return a builder for a definition with hours, initially closed every day
	 * @throws InvalidCalendarException with field {@code zone} if the id is unknown
	 */
	public static Builder builder(String zoneId) {
		try {
			return new Builder(ZoneId.of(zoneId));
		} catch (RuntimeException e) {
			throw new InvalidCalendarException("zone", "refusal.calendars.zone.unknown", zoneId);
		}
	}

	/** Collects the parts of a definition; {@link #build()} validates them. Not thread-safe. */
	public static final class Builder {
		private final ZoneId zone;
		private final Map<DayOfWeek, List<OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);
		private final SortedSet<LocalDate> holidays = new TreeSet<>();
		private final SortedMap<LocalDate, List<OpeningHours>> overrides = new TreeMap<>();
		private final List<CoverageWindow> windows = new ArrayList<>();

		private Builder(ZoneId zone) {
			this.zone = zone;
		}

		/**
		 * Sets the intervals of one weekday, replacing earlier ones.
		 *
		 * @param day   the weekday
		 * @param hours its intervals; none closes the weekday
		 * @return this builder
		 */
		public Builder weekly(DayOfWeek day, OpeningHours... hours) {
			weekly.put(day, Arrays.asList(hours));
			return this;
		}

		/**
		 * Sets the same intervals Monday to Friday.
		 *
		 * @param hours the intervals of each working day
		 * @return this builder
		 */
		public Builder mondayToFriday(OpeningHours... hours) {
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
					DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
				weekly(day, hours);
			}
			return this;
		}

		/**
		 * @param dates local dates closed all day
		 * @return this builder
		 */
		public Builder holidays(LocalDate... dates) {
			holidays.addAll(Arrays.asList(dates));
			return this;
		}

		/**
		 * @param dates local dates closed all day
		 * @return this builder
		 */
		public Builder holidays(Iterable<LocalDate> dates) {
			dates.forEach(holidays::add);
			return this;
		}

		/**
		 * Replaces the hours of one date (a half day, a one-off open weekend day, or none to close it).
		 *
		 * @param date  the local date
		 * @param hours its intervals; none closes the date
		 * @return this builder
		 */
		public Builder override(LocalDate date, OpeningHours... hours) {
			overrides.put(date, Arrays.asList(hours));
			return this;
		}

		/**
		 * @param from first covered instant
		 * @param to   first instant after the window
		 * @return this builder
		 */
		public Builder extraWindow(Instant from, Instant to) {
			windows.add(new CoverageWindow(from, to));
			return this;
		}

		/**
		 * @return the validated definition
		 * @throws InvalidCalendarException naming the first invalid field
		 */
		public CalendarDefinition build() {
			return new CalendarDefinition(zone, false, weekly, holidays, overrides, windows);
		}
	}
}
