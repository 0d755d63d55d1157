package io.supportdesk.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * An instant as a person reads it: in their zone and locale, with the zone's abbreviation
 * ("2 Dec 2026, 14:30 CET", "02.12.2026, 14:30 MEZ"), never an ISO string. English without a region
 * reads the British way (day before month, 24-hour clock): Supportdesk's languages carry no region,
 * and for a desk that runs on European hours that is the less surprising default.
 */
public final class InstantText {

	private InstantText() {
	}

	public static String format(Instant instant, ZoneId zone, Locale requested) {
		Locale locale = readingLocale(requested);
		DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale).withZone(zone);
		// the zone's name in US English where English is read: British data names few zones outside Europe
		Locale names = locale.getLanguage().equals("en") ? Locale.US : locale;
		DateTimeFormatter abbreviation = DateTimeFormatter.ofPattern("zzz", names).withZone(zone);
		return dateTime.format(instant) + " " + abbreviation.format(instant);
	}

	/** The locale whose formats a reader of {@code requested} reads: English without a region reads British formats. */
	public static Locale readingLocale(Locale requested) {
		return requested.getLanguage().equals("en") && requested.getCountry().isEmpty() ? Locale.UK : requested;
	}
}
