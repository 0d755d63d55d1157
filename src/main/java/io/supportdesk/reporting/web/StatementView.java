package io.supportdesk.reporting.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import io.supportdesk.reporting.Breach;
import io.supportdesk.reporting.ComplianceStatement;
import io.supportdesk.shared.InstantText;
import io.supportdesk.sla.SlaExplanation;

/**
 * A compliance statement as people read it, in one language, every instant in the organisation's zone:
 * the page and the PDF are both drawn from this one view, so they cannot show different numbers.
 */
record StatementView(String organisation, String organisationId, String month, String title, String period,
		String zone, String issued, long cases, List<PlanRow> plans, List<LineRow> lines, List<BreachRow> breaches) {

	/** A plan in force during part of the month. */
	record PlanRow(String plan, String name, String from, String until) {
	}

	/** One plan × severity × target of the month. */
	record LineRow(String plan, String planName, int severity, String metric, String target, long cases, long met,
			long breached, long running, String attainment, boolean shortfall) {
	}

	/** A breached target with the explanation its case page shows. */
	record BreachRow(String reference, String caseId, String plan, int severity, String metric, String due,
			String breached, String answered, List<String> explanation) {
	}

	static StatementView of(ComplianceStatement s, MessageSource messages, SlaExplanation explanation, Locale locale) {
		Locale reading = InstantText.readingLocale(locale);
		String title = s.month().format(DateTimeFormatter.ofPattern("LLLL yyyy", reading));
		List<PlanRow> plans = s.plans().stream()
			.map(p -> new PlanRow(p.plan(), p.name(), at(p.from(), s, locale), at(p.until(), s, locale))).toList();
		List<LineRow> lines = s.lines().stream().map(l -> new LineRow(l.plan(), l.planName(), l.severity(),
				messages.getMessage("reporting.metric." + l.metric().name(), null, locale),
				l.target() == null ? messages.getMessage("reporting.statement.noTarget", null, locale)
						: messages.getMessage("reporting.statement.unit." + l.unit().name(), new Object[] { l.target() }, locale)
								+ " · " + l.calendar(),
				l.cases(), l.met(), l.breached(), l.running(), l.percent() == null ? "—" : l.percent() + " %",
				l.percent() != null && l.breached() > 0))
			.toList();
		List<BreachRow> breaches = s.breaches().stream().map(b -> breach(b, s, messages, explanation, locale)).toList();
		return new StatementView(s.organisation(), s.organisationId().toString(), s.month().toString(), title,
				at(s.start(), s, locale) + " – " + at(s.end(), s, locale), s.zone().getId(), at(s.issuedAt(), s, locale),
				s.cases(), plans, lines, breaches);
	}

	private static BreachRow breach(Breach b, ComplianceStatement s, MessageSource messages, SlaExplanation explanation,
			Locale locale) {
		return new BreachRow(b.reference(), b.caseId().toString(), b.plan(), b.severity(),
				messages.getMessage("reporting.metric." + b.metric().name(), null, locale), at(b.dueAt(), s, locale),
				at(b.breachedAt(), s, locale), b.answeredAt() == null ? "—" : at(b.answeredAt(), s, locale),
				b.explanation().stream().map(e -> at(e.at(), s, locale) + " — " + explanation.text(e.event(), locale, s.zone())
						+ ": " + explanation.text(e.effect(), locale, s.zone())).toList());
	}

	private static String at(Instant instant, ComplianceStatement s, Locale locale) {
		return InstantText.format(instant, s.zone(), locale);
	}
}
