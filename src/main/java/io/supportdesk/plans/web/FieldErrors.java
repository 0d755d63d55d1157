package io.supportdesk.plans.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Refusal;

/**
 * What was wrong with one submitted form of a plans page, field by field: the page's own checks in the
 * user's language (message keys of {@code messages-plans}), the facades' refusals ({@link InvalidInput},
 * {@link Conflict}) in their own words, also in the user's language (keys of {@code messages-refusals}).
 * A page can hold several forms; {@link #on(String, String)} shows an error only next to the field of
 * the form that was submitted. A refusal naming no field of the form
 * lands on the form as a whole (field {@code ""}).
 */
final class FieldErrors {

	private static final FieldErrors NONE = new FieldErrors("", Set.of(), null, Locale.ROOT);

	private final String form;

	private final Set<String> fields;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private FieldErrors(String form, Set<String> fields, MessageSource messages, Locale locale) {
		this.form = form;
		this.fields = fields;
		this.messages = messages;
		this.locale = locale;
	}

	/** No form was submitted (the page's first rendering). */
	static FieldErrors none() {
		return NONE;
	}

	/** The errors of {@code form}, whose fields are {@code fields}. */
	static FieldErrors of(String form, Set<String> fields, MessageSource messages, Locale locale) {
		return new FieldErrors(form, fields, messages, locale);
	}

	/** The submitted form's name, e.g. {@code record} or {@code upgrade-<subscription>} (public for templates). */
	public String form() {
		return form;
	}

	/** The error next to {@code field} of {@code form}, or null; {@code ""} is the form's own (public for templates). */
	public String on(String form, String field) {
		return this.form.equals(form) ? errors.get(field) : null;
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	/** Records the first error of a field, in the user's language. */
	void reject(String field, String messageKey, Object... arguments) {
		errors.putIfAbsent(fields.contains(field) ? field : "", messages.getMessage(messageKey, arguments, locale));
	}

	/** Records a facade's refusal next to the field it names, in the user's language. */
	void refuse(String field, Refusal refusal) {
		errors.putIfAbsent(fields.contains(field) ? field : "", messages.getMessage(refusal, locale));
	}

	/** A required text of at most {@code max} characters, stripped; null if missing or too long. */
	String text(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			reject(field, "plans.error.required");
			return null;
		}
		if (text.length() > max) {
			reject(field, "plans.error.tooLong", max);
			return null;
		}
		return text;
	}

	/** A whole number from {@code min} to {@code max}; {@code fallback} if empty; null if wrong. */
	Integer number(String field, String value, int min, int max, Integer fallback) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() && fallback != null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		reject(field, "plans.error.number", min, max);
		return null;
	}

	/** An amount of money with at most two decimals, not negative. */
	BigDecimal amount(String field, String value) {
		try {
			BigDecimal amount = new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
			if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 10) {
				return amount;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		reject(field, "plans.error.amount");
		return null;
	}

	/** A three-letter currency code, upper-cased. */
	String currency(String field, String value) {
		String text = value == null ? "" : value.strip();
		if (!text.matches("[A-Za-z]{3}")) {
			reject(field, "plans.error.currency");
			return null;
		}
		return text.toUpperCase(Locale.ROOT);
	}

	/** A date ({@code yyyy-MM-dd}, as {@code <input type=date>} sends it). */
	LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			reject(field, "plans.error.date");
			return null;
		}
	}

	/**
	 * A local date-time ({@code yyyy-MM-ddTHH:mm}, as {@code <input type=datetime-local>} sends it) in
	 * {@code zone}, as an instant; a time that does not exist there moves forward by the gap.
	 */
	Instant instant(String field, String value, ZoneId zone) {
		try {
			return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			reject(field, "plans.error.dateTime");
			return null;
		}
	}

	/** One of the enum's constants. */
	<E extends Enum<E>> E choice(String field, String value, Function<String, E> valueOf) {
		try {
			return valueOf.apply(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			reject(field, "plans.error.choice");
			return null;
		}
	}

	/**
	 * Runs {@code edit} (which answers a redirect) unless the form has errors already; a facade's
	 * refusal is recorded next to its field. On errors the page {@code onError} renders shows them.
	 */
	String attempt(Model model, Supplier<String> edit, Supplier<String> onError) {
		if (isEmpty()) {
			try {
				return edit.get();
			}
			catch (InvalidInput invalid) {
				refuse(invalid.field(), invalid.refusal());
			}
			catch (Conflict conflict) {
				refuse(conflict.field(), conflict.refusal());
			}
		}
		model.addAttribute("errors", this);
		return onError.get();
	}
}
