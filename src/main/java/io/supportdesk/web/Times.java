package io.supportdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.InstantText;

/**
 * Instants as the viewer reads them, for every template: {@code ${@times.at(case.openedAt())}} is
 * "2 Dec 2026, 14:30 CET" for a signed-in user in Berlin reading English, "02.12.2026, 14:30 MEZ"
 * in German, in the user's own zone (their setting, which defaults to their organisation's zone;
 * Europe/Berlin when nobody is signed in). Relative phrases say how far away a due instant is ("in
 * 12 min", "3 h 5 min overdue"), plural-correct through the bundle's choice formats. Templates never
 * format an instant without a zone.
 */
@Component("times")
public class Times {

	/** The zone for a reader who is not signed in. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

	private final Clock clock;

	private final MessageSource messages;

	Times(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** The viewer's zone. */
	public ZoneId zone() {
		return CurrentUsers.current().map(CurrentUser::timeZone).orElse(DEFAULT_ZONE);
	}

	/** Date, time and zone abbreviation in the viewer's zone and locale; "—" for none. */
	public String at(Instant instant) {
		return instant == null ? "—" : InstantText.format(instant, zone(), locale());
	}

	/** Date, time and zone abbreviation in a given zone (a calendar's), in the viewer's locale. */
	public String at(Instant instant, ZoneId zone) {
		return instant == null ? "—" : InstantText.format(instant, zone, locale());
	}

	/** Weekday, date, time and zone abbreviation in the viewer's zone ("Wed 2 Dec 2026, 14:30 CET"). */
	public String weekdayAt(Instant instant) {
		return weekdayAt(instant, zone());
	}

	/** Weekday, date, time and zone abbreviation in a given zone. */
	public String weekdayAt(Instant instant, ZoneId zone) {
		if (instant == null) {
			return "—";
		}
		return DateTimeFormatter.ofPattern("EEE", InstantText.readingLocale(locale())).withZone(zone).format(instant)
				+ " " + InstantText.format(instant, zone, locale());
	}

	/** The time of day with the zone's abbreviation in the viewer's zone ("14:30 CET", "14:30 MEZ"). */
	public String time(Instant instant) {
		if (instant == null) {
			return "—";
		}
		ZoneId zone = zone();
		Locale reading = InstantText.readingLocale(locale());
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(reading).withZone(zone).format(instant) + " "
				+ DateTimeFormatter.ofPattern("zzz", reading.getLanguage().equals("en") ? Locale.US : reading)
					.withZone(zone)
					.format(instant);
	}

	/** The date of an instant in the viewer's zone ("2 Dec 2026"). */
	public String date(Instant instant) {
		return instant == null ? "—" : date(instant.atZone(zone()).toLocalDate());
	}

	/** A calendar date in the viewer's locale ("2 Dec 2026", "02.12.2026"). */
	public String date(LocalDate date) {
		return date == null ? "—"
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(InstantText.readingLocale(locale()))
					.format(date);
	}

	/** A calendar date with its weekday ("Fri 25 Dec 2026"). */
	public String weekdayDate(LocalDate date) {
		return date == null ? "—"
				: DateTimeFormatter.ofPattern("EEE", InstantText.readingLocale(locale())).format(date) + " " + date(date);
	}

	/** How far away an instant is from now: "in 12 min" or "12 min ago". */
	public String relative(Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration distance = Duration.between(clock.instant(), instant);
		return distance.isNegative() ? message("time.ago", span(distance.negated()))
				: message("time.in", span(distance));
	}

	/** How far away a due instant is: "in 12 min", or "3 h 5 min overdue" once it has passed. */
	public String due(Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration distance = Duration.between(clock.instant(), instant);
		return distance.isNegative() ? message("time.overdue", span(distance.negated()))
				: message("time.in", span(distance));
	}

	/** A duration as people say it: "less than a minute", "12 min", "3 h 5 min", "2 days 4 h". */
	public String span(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 1) {
			return message("time.span.lessThanMinute");
		}
		if (minutes < 60) {
			return message("time.span.minutes", minutes);
		}
		if (minutes < 48 * 60) {
			return message("time.span.hours", minutes / 60, minutes % 60);
		}
		return message("time.span.days", minutes / (24 * 60), (minutes / 60) % 24);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
