package io.supportdesk.calendars;

import java.util.Objects;

import io.supportdesk.shared.Refusal;
import io.supportdesk.shared.Refused;

/**
 * Thrown when a calendar definition is invalid. Carries the path of the offending field in the JSON
 * shape of the API ({@code weeklyHours.MONDAY[1]}, {@code zone}, {@code dateOverrides.2026-12-24[0]},
 * {@code extraWindows[2]}) and the problem as a {@link Refusal} (a message key of {@code messages-refusals}
 * with arguments) for the person who entered it, in their language.
 */
public final class InvalidCalendarException extends Refused {

	private static final long serialVersionUID = 1L;

	/** Path of the offending field. */
	private final String field;

	/**
	 * Creates the exception.
	 *
	 * @param field     path of the offending field, e.g. {@code weeklyHours.MONDAY[1]}
	 * @param key       the refusal key of what is wrong with it, e.g. {@code refusal.calendars.interval.overlaps}
	 * @param arguments the values its text names, e.g. {@code 08:00–12:00}
	 */
	public InvalidCalendarException(String field, String key, Object... arguments) {
		this(field, Refusal.of(key, arguments));
	}

	private InvalidCalendarException(String field, Refusal problem) {
		super(problem);
		this.field = Objects.requireNonNull(field, "field");
	}

	/** @return the path and the English problem, e.g. {@code zone: is required} */
	@Override
	public String getMessage() {
		return field + ": " + super.getMessage();
	}

	/** @return the path of the offending field, e.g. {@code weeklyHours.MONDAY[1]} */
	public String field() {
		return field;
	}

	/** @return what is wrong with the field, without the path, in English */
	public String problem() {
		return refusal().english();
	}

	/**
	 * Re-roots this error under a parent path, for callers that validate a nested value on its own
	 * (e.g. an {@link OpeningHours} parsed from {@code weeklyHours.MONDAY[0]}).
	 *
	 * @param parent the path of the enclosing element, e.g. {@code weeklyHours.MONDAY[0]}
	 * @return an exception whose field is {@code parent.field}
	 */
	public InvalidCalendarException under(String parent) {
		String separator = field.startsWith("[") ? "" : ".";
		return new InvalidCalendarException(parent + separator + field, refusal());
	}
}
