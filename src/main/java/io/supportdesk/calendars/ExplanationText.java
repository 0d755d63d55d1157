package io.supportdesk.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an {@link Explanation} as plain English text, one counted interval a line. */
final class ExplanationText {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

	private final Explanation explanation;
	private final StringBuilder text = new StringBuilder();

	ExplanationText(Explanation explanation) {
		this.explanation = explanation;
	}

	String render() {
		switch (explanation.operation()) {
			case ADD -> line("add %s of business time to %s", duration(explanation.businessTime()), at(explanation.start()));
			case ELAPSED -> line("business time from %s to %s", at(explanation.start()), at(explanation.result()));
			case ADD_BUSINESS_DAYS -> businessDays();
		}
		intervals();
		String outcome = explanation.operation() == Explanation.Operation.ELAPSED ? "elapsed" : "due";
		line("= %s %s", outcome, explanation.operation() == Explanation.Operation.ELAPSED
				? duration(explanation.businessTime()) : at(explanation.result()));
		return text.toString().stripTrailing();
	}

	private void businessDays() {
		line("add %d business day(s) to %s", explanation.businessDays(), at(explanation.start()));
		line("  business dates counted: %s", explanation.businessDates().isEmpty() ? "none"
				: explanation.businessDates().stream().map(DATE::format).collect(Collectors.joining(", ")));
		LocalDateTime local = LocalDateTime.ofInstant(explanation.start(), explanation.zone());
		LocalDate date = explanation.businessDates().isEmpty() ? local.toLocalDate()
				: explanation.businessDates().get(explanation.businessDates().size() - 1);
		Instant sameTime = ZonedDateTime.of(date.atTime(local.toLocalTime()), explanation.zone()).toInstant();
		line("  same local time on %s: %s%s", DATE.format(date), at(sameTime), sameTime.equals(explanation.result())
				? " (open)" : " (outside hours: moved forward to the next opening)");
	}

	private void intervals() {
		if (explanation.intervals().isEmpty()) {
			line("  no business time counted");
			return;
		}
		line("  counted intervals:");
		Duration running = Duration.ZERO;
		for (Explanation.CountedInterval interval : explanation.intervals()) {
			running = running.plus(interval.counted());
			line("    %s – %s  (%s – %s)  %s  [total %s]", LOCAL.format(interval.localFrom()),
					LOCAL.format(interval.localTo()), interval.from(), interval.to(),
					duration(interval.counted()), duration(running));
		}
	}

	private String at(Instant instant) {
		return instant + " (" + LOCAL.format(LocalDateTime.ofInstant(instant, explanation.zone())) + " "
				+ explanation.zone() + ")";
	}

	static String duration(Duration duration) {
		StringBuilder out = new StringBuilder();
		append(out, duration.toHours(), "h");
		append(out, duration.toMinutesPart(), "m");
		append(out, duration.toSecondsPart(), "s");
		if (duration.toNanosPart() > 0) {
			out.append(out.length() > 0 ? " " : "").append(duration.toNanosPart()).append("ns");
		}
		return out.length() == 0 ? "0m" : out.toString();
	}

	private static void append(StringBuilder out, long amount, String unit) {
		if (amount > 0) {
			out.append(out.length() > 0 ? " " : "").append(amount).append(unit);
		}
	}

	private void line(String format, Object... arguments) {
		text.append(String.format(Locale.ROOT, format, arguments)).append('\n');
	}
}
