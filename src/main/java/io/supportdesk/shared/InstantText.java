package io.supportdesk.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An instant as a person reads it: in their zone and locale, with the zone's abbreviation
 * ("2 Dec 2026, 14:30 CET", "02.12.2026, 14:30 MEZ"), never an ISO string.
 */
public final class InstantText {

	private InstantText() {
	}

	public static String format(Instant instant, ZoneId zone, Locale locale) {
		DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale).withZone(zone);
		DateTimeFormatter abbreviation = DateTimeFormatter.ofPattern("zzz", locale).withZone(zone);
		return dateTime.format(instant) + " " + abbreviation.format(instant);
	}
}
