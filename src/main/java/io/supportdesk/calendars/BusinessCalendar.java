package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Business-time arithmetic on a calendar: "start plus N business time" and "business time between
 * A and B", plus the opening questions a portal shows. Immutable and thread-safe; share instances.
 *
 * <p>Conventions (those of zendesk/biz, binding for Supportdesk):
 * <ul>
 *   <li>business time is real elapsed time inside open intervals (a DST day is as long as it is);</li>
 *   <li>open intervals are half-open {@code [open, close)}: a target that ends exactly at a closing is
 *       due at the next opening, and a zero target outside hours rolls forward to the next opening;</li>
 *   <li>N business days = the same local clock time on the N-th business date after the start's
 *       local date, moved forward to the next open instant if that time is outside hours;</li>
 *   <li>local times that do not exist move forward by the gap; ambiguous ones take the earlier
 *       offset (java.time's {@code ZonedDateTime.of} defaults).</li>
 * </ul>
 * Arguments must lie in 1970-01-01T00:00Z … 2100-12-31T23:59:59Z; targets up to 40 years are
 * answered in time independent of their length. Arguments out of range, negative targets and
 * reversed ranges throw {@link IllegalArgumentException}; a calendar that has no business time left
 * before the year 2151 throws {@link IllegalStateException} from {@code add}.
 */
public sealed interface BusinessCalendar permits TimelineCalendar, AlwaysOpenCalendar {

	/**
	 * @param start        when the clock starts
	 * @param businessTime the target, zero or more
	 * @return the due instant: the open instant at which {@code businessTime} has elapsed since
	 *         {@code start} ({@code start} itself for a zero target when it is open)
	 */
	Instant add(Instant start, Duration businessTime);

	/**
	 * @param start when the clock starts
	 * @param days  business days, zero or more
	 * @return the start's local clock time on the {@code days}-th business date after the start's
	 *         local date, moved forward to the next open instant if that time is outside hours
	 */
	Instant addBusinessDays(Instant start, int days);

	/**
	 * @param from start of the range
	 * @param to   end of the range, not before {@code from}
	 * @return the business time in {@code [from, to)}
	 */
	Duration elapsed(Instant from, Instant to);

	/**
	 * @param instant the instant asked about
	 * @return whether the calendar is open at {@code instant} (closings are exclusive)
	 */
	boolean isOpen(Instant instant);

	/**
	 * @param instant the instant asked about
	 * @return the earliest instant at or after {@code instant} at which the calendar is open (the
	 *         instant itself when open), or empty if it never opens again before 2151
	 */
	Optional<Instant> nextOpening(Instant instant);

	/**
	 * @param instant the instant asked about
	 * @return the instant at which the open period in progress at {@code instant} — or, when closed,
	 *         the next one — ends; empty for an always-open calendar or one that stays open past 2150
	 */
	Optional<Instant> nextClosing(Instant instant);

	/**
	 * @param start        when the clock starts
	 * @param businessTime the target, zero or more
	 * @return {@link #add} with the intervals it counted
	 */
	Explanation explainAdd(Instant start, Duration businessTime);

	/**
	 * @param start when the clock starts
	 * @param days  business days, zero or more
	 * @return {@link #addBusinessDays} with the business dates and intervals it counted
	 */
	Explanation explainAddBusinessDays(Instant start, int days);

	/**
	 * @param from start of the range
	 * @param to   end of the range, not before {@code from}
	 * @return {@link #elapsed} with the intervals it counted
	 */
	Explanation explainElapsed(Instant from, Instant to);

	/**
	 * @param instant the instant asked about
	 * @return the zone whose local clock the calendar follows at {@code instant}: the definition's
	 *         zone, a union's first member's, a versioned calendar's version in force
	 */
	ZoneId zoneAt(Instant instant);

	/**
	 * @param definition a validated definition
	 * @return its calendar (the always-open fast path if the definition is always open)
	 */
	static BusinessCalendar of(CalendarDefinition definition) {
		return definition.alwaysOpen()
				? new AlwaysOpenCalendar(definition.zone())
				: new TimelineCalendar(new DefinitionOpenTime(definition));
	}

	/** @return a 24x7 calendar whose business dates are UTC dates */
	static BusinessCalendar alwaysOpen() {
		return new AlwaysOpenCalendar(ZoneId.of("UTC"));
	}

	/**
	 * @param zone the zone whose dates are its business dates (for business-day targets)
	 * @return a 24x7 calendar
	 */
	static BusinessCalendar alwaysOpen(ZoneId zone) {
		return new AlwaysOpenCalendar(zone);
	}

	/**
	 * The calendar open whenever any member is open (e.g. business hours ∪ booked exam windows).
	 * Touching intervals merge; a date is a business date when it is one for any member; local clock
	 * times are the first member's.
	 *
	 * @param members one or more calendars
	 * @return their union
	 */
	static BusinessCalendar union(BusinessCalendar... members) {
		return CalendarComposition.union(List.of(members));
	}

	/**
	 * @param members one or more calendars
	 * @return their union, see {@link #union(BusinessCalendar...)}
	 */
	static BusinessCalendar union(List<BusinessCalendar> members) {
		return CalendarComposition.union(members);
	}

	/**
	 * An effective-dated calendar: each version governs from its effective instant until the next
	 * version's; the first version also governs everything before it. Business time before an edit
	 * counts under the old version, after it under the new one.
	 *
	 * @param versions one or more versions in strictly increasing effective order
	 * @return the versioned calendar
	 * @throws InvalidCalendarException with field {@code versions[i].effectiveFrom} if out of order
	 */
	static BusinessCalendar versioned(List<CalendarVersion> versions) {
		return CalendarComposition.versioned(versions);
	}
}
