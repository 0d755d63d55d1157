package io.supportdesk.calendars;

import java.util.Objects;

/**
 * Thrown when a calendar definition is invalid. Carries the path of the offending field in the JSON
 * shape of the API ({@code weeklyHours.MONDAY[1]}, {@code zone}, {@code dateOverrides.2026-12-24[0]},
 * {@code extraWindows[2]}) and a problem text meant for the person who entered it.
 */
public final class InvalidCalendarException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Path of the offending field. */
	private final String field;
	/** What is wrong with the field. */
	private final String problem;

	/**
	 * Creates the exception.
	 *
	 * @param field   path of the offending field, e.g. {@code weeklyHours.MONDAY[1]}
	 * @param problem what is wrong with it, e.g. {@code overlaps 08:00–12:00}
	 */
	public InvalidCalendarException(String field, String problem) {
		super(field + ": " + problem);
		this.field = Objects.requireNonNull(field, "field");
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	/** @return the path of the offending field, e.g. {@code weeklyHours.MONDAY[1]} */
	public String field() {
		return field;
	}

	/** @return what is wrong with the field, without the path */
	public String problem() {
		return problem;
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
		return new InvalidCalendarException(parent + separator + field, problem);
	}
}
