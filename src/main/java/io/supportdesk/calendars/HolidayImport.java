package io.supportdesk.calendars;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Imports public holidays of a country, and optionally of one of its subdivisions, from jollyday, to
 * fill {@link CalendarDefinition#holidays()}. Holidays that are observed on another date (e.g. a US
 * holiday falling on a Sunday) are imported on the date they are observed. Thread-safe.
 *
 * <pre>{@code
 * SortedSet<LocalDate> bavaria = HolidayImport.country("de").subdivision("by")
 *         .dates(Year.of(2026), Year.of(2027));
 * }</pre>
 */
public final class HolidayImport {

	private final String country;
	private final String[] subdivision;

	private HolidayImport(String country, String[] subdivision) {
		this.country = country;
		this.subdivision = subdivision;
	}

	/**
	 * @param isoCode ISO 3166-1 alpha-2 country code, any case, e.g. {@code de}
	 * @return an import of the country's nationwide public holidays
	 * @throws IllegalArgumentException naming the code if jollyday does not know the country
	 */
	public static HolidayImport country(String isoCode) {
		String code = Objects.requireNonNull(isoCode, "isoCode").trim().toLowerCase(Locale.ROOT);
		if (!HolidayManager.getSupportedCalendarCodes().contains(code.toUpperCase(Locale.ROOT))) {
			throw new IllegalArgumentException("unknown country '" + isoCode + "' for holiday import");
		}
		return new HolidayImport(code, new String[0]);
	}

	/**
	 * @param code subdivision code as jollyday names it, e.g. {@code by} (Bavaria) for {@code de}
	 * @return an import of the country's holidays plus those of the subdivision
	 * @throws IllegalArgumentException naming the code if the country has no such subdivision
	 */
	public HolidayImport subdivision(String code) {
		String key = Objects.requireNonNull(code, "code").trim().toLowerCase(Locale.ROOT);
		CalendarHierarchy hierarchy = manager().getCalendarHierarchy();
		if (!hierarchy.getChildren().containsKey(key)) {
			throw new IllegalArgumentException("unknown subdivision '" + code + "' of country '" + country
					+ "'; known: " + new TreeSet<>(hierarchy.getChildren().keySet()));
		}
		return new HolidayImport(country, new String[] {key});
	}

	/**
	 * @param first first year to import
	 * @param last  last year to import (inclusive)
	 * @return the public holiday dates of those years, sorted
	 */
	public SortedSet<LocalDate> dates(Year first, Year last) {
		return Collections.unmodifiableSortedSet(new TreeSet<>(named(first, last).keySet()));
	}

	/**
	 * @param first first year to import
	 * @param last  last year to import (inclusive)
	 * @return the public holidays of those years by date, with their English names
	 */
	public SortedMap<LocalDate, String> named(Year first, Year last) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("last year " + last + " is before first year " + first);
		}
		SortedMap<LocalDate, String> holidays = new TreeMap<>();
		for (Holiday holiday : manager().getHolidays(first.atDay(1), last.atMonth(12).atEndOfMonth(),
				HolidayType.PUBLIC_HOLIDAY, subdivision)) {
			holidays.merge(holiday.getActualDate(), holiday.getDescription(Locale.ENGLISH),
					(one, other) -> one.contains(other) ? one : one + ", " + other);
		}
		return Collections.unmodifiableSortedMap(holidays);
	}

	private HolidayManager manager() {
		return HolidayManager.getInstance(ManagerParameters.create(country));
	}
}
