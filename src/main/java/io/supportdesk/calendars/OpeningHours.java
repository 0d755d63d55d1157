package io.supportdesk.calendars;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One local opening interval within a day, as minutes of the day: {@code [fromMinute, toMinute)}.
 * {@code toMinute == 1440} is {@code 24:00}, the midnight that ends the day; an interval never
 * crosses midnight. Whether {@code from} lies before {@code to} is checked by
 * {@link CalendarDefinition}, which knows the field path to report.
 *
 * @param fromMinute opening minute of the day, 0..1440
 * @param toMinute   closing minute of the day, 0..1440 (1440 = 24:00)
 */
public record OpeningHours(int fromMinute, int toMinute) {

	/** Minutes in a day; also the minute value of {@code 24:00}. */
	public static final int MINUTES_PER_DAY = 1440;

	/** Checks that both ends are times of day between 00:00 and 24:00. */
	public OpeningHours {
		requireMinuteOfDay("from", fromMinute);
		requireMinuteOfDay("to", toMinute);
	}

	/**
	 * Parses two {@code HH:mm} times; {@code 24:00} is accepted as the end of the day.
	 *
	 * @param from opening time, e.g. {@code 08:00}
	 * @param to   closing time, e.g. {@code 20:00} or {@code 24:00}
	 * @return the interval
	 * @throws InvalidCalendarException with field {@code from} or {@code to} if a time is malformed
	 */
	public static OpeningHours of(String from, String to) {
		return new OpeningHours(parseMinute("from", from), parseMinute("to", to));
	}

	/**
	 * @param from opening time
	 * @param to   closing time; {@link LocalTime#MIDNIGHT} here means 00:00, use
	 *             {@link #untilMidnight(LocalTime)} for 24:00
	 * @return the interval
	 */
	public static OpeningHours of(LocalTime from, LocalTime to) {
		return new OpeningHours(minuteOf(from), minuteOf(to));
	}

	/**
	 * @param from opening time
	 * @return the interval from {@code from} until the midnight that ends the day (24:00)
	 */
	public static OpeningHours untilMidnight(LocalTime from) {
		return new OpeningHours(minuteOf(from), MINUTES_PER_DAY);
	}

	/** @return the whole day, {@code 00:00–24:00} */
	public static OpeningHours allDay() {
		return new OpeningHours(0, MINUTES_PER_DAY);
	}

	/** @return whether this interval closes at the midnight that ends the day (24:00) */
	public boolean endsAtMidnight() {
		return toMinute == MINUTES_PER_DAY;
	}

	/**
	 * @param other another interval of the same day
	 * @return whether this interval shares at least one minute with {@code other}
	 */
	public boolean overlaps(OpeningHours other) {
		return fromMinute < other.toMinute && other.fromMinute < toMinute;
	}

	/** @return the opening time as {@code HH:mm} */
	public String fromText() {
		return format(fromMinute);
	}

	/** @return the closing time as {@code HH:mm}, {@code 24:00} for midnight */
	public String toText() {
		return format(toMinute);
	}

	/** @return e.g. {@code 08:00–12:00} */
	@Override
	public String toString() {
		return fromText() + "–" + toText();
	}

	private static String format(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	private static int minuteOf(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	private static int parseMinute(String field, String text) {
		if ("24:00".equals(text)) {
			return MINUTES_PER_DAY;
		}
		try {
			return minuteOf(LocalTime.parse(text));
		} catch (DateTimeParseException | NullPointerException e) {
			throw new InvalidCalendarException(field, "refusal.calendars.time.invalid", text);
		}
	}

	private static void requireMinuteOfDay(String field, int minute) {
		if (minute < 0 || minute > MINUTES_PER_DAY) {
			throw new InvalidCalendarException(field, "refusal.calendars.time.range");
		}
	}
}
