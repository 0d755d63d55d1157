package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.InstantText;
import io.supportdesk.sla.SlaState.Line;

/**
 * An SLA explanation in words, for a reader: each {@link Line} through the message bundles
 * ({@code sla.explain.*} in {@code messages-sla*.properties}), instants in the reader's zone and locale
 * with the zone's abbreviation, durations as hours and minutes, rules with plural-correct units
 * ("1 business day", "3 business days"). For the API, {@link #english(Line)}: English, instants as ISO
 * UTC (the API's convention).
 */
@Component
public class SlaExplanation {

	private final MessageSource messages;

	SlaExplanation(MessageSource messages) {
		this.messages = messages;
	}

	/** The line in the reader's language, instants in their zone. */
	public String text(Line line, Locale locale, ZoneId zone) {
		return render(line, locale, zone);
	}

	/** The line in English with ISO UTC instants (the API's convention). */
	public String english(Line line) {
		return render(line, Locale.ENGLISH, null);
	}

	/** A target's promise: "15 minutes on 24x7 (Premier)", "1 business day on Standard business hours (…)". */
	public String rule(TargetRule rule, Locale locale, ZoneId zone) {
		return argument(rule, locale, zone);
	}

	private String render(Line line, Locale locale, ZoneId zone) {
		List<Object> args = line.args();
		Object[] rendered = new Object[args.size()];
		for (int i = 0; i < rendered.length; i++) {
			rendered[i] = argument(args.get(i), locale, zone);
		}
		return messages.getMessage("sla.explain." + line.key(), rendered, locale);
	}

	private String argument(Object arg, Locale locale, ZoneId zone) {
		if (arg instanceof Line line) {
			return render(line, locale, zone);
		}
		if (arg instanceof Instant instant) {
			return zone == null ? instant.toString() : InstantText.format(instant, zone, locale);
		}
		if (arg instanceof Duration duration) {
			return duration(duration, locale);
		}
		if (arg instanceof SlaTarget.Metric metric) {
			return messages.getMessage("sla.explain.metric." + metric.name(), null, locale);
		}
		if (arg instanceof TargetRule rule) {
			return messages.getMessage("sla.explain.rule." + rule.unit().name(),
					new Object[] { rule.amount(), rule.calendarName(), plan(rule, locale, zone) }, locale);
		}
		return String.valueOf(arg);
	}

	private String plan(TargetRule rule, Locale locale, ZoneId zone) {
		return rule.planVersion() == null ? rule.plan()
				: messages.getMessage("sla.explain.planVersion", new Object[] { rule.plan(),
						argument(rule.planVersion(), locale, zone) }, locale);
	}

	private String duration(Duration duration, Locale locale) {
		long minutes = Math.max(0, (duration.getSeconds() + 59) / 60);
		return messages.getMessage("sla.explain.duration", new Object[] { minutes / 60, minutes % 60 }, locale);
	}
}
