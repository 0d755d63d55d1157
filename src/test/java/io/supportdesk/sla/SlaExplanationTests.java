package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.supportdesk.calendars.BusinessCalendar;
import io.supportdesk.sla.SlaState.Line;
import io.supportdesk.sla.TargetRule.Unit;

/**
 * The SLA explanation reads as words in the reader's language: localized instants with the zone's
 * abbreviation (never ISO strings), plural-correct units, durations in hours and minutes; the API keeps
 * English with ISO instants.
 */
class SlaExplanationTests {

	private static final BusinessCalendar ALWAYS = SlaEvaluatorTests.ALWAYS;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** 23:34:24.958268Z on 1 December 2026 is 00:34 on 2 December in Berlin (CET, UTC+1). */
	private static final Instant DUE = Instant.parse("2026-12-01T23:34:24.958268Z");

	static SlaExplanation explanation() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages-sla");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new SlaExplanation(messages);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"en | first response due 2 Dec 2026, 00:34 CET: 15 minutes on 24x7 (Premier), counted from the opening",
			"de | Erstreaktion fällig 02.12.2026, 00:34 MEZ: 15 Minuten nach 24x7 (Premier), gezählt ab der Eröffnung",
			"fr | première réponse due 2 déc. 2026 00:34 CET : 15 minutes selon 24x7 (Premier), comptée depuis l'ouverture",
			"es | primera respuesta vence 2 dic 2026 0:34 CET: 15 minutos según 24x7 (Premier), contado desde la apertura" })
	void aDueInstantReadsInTheReadersLanguageAndZone(String language, String expected) {
		Line line = Line.of("firstResponseDue", DUE, new TargetRule("Premier", 15, Unit.MINUTES, ALWAYS, "24x7"));

		String text = explanation().text(line, Locale.forLanguageTag(language), BERLIN);

		assertThat(text).isEqualTo(expected).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").doesNotContain("1970");
	}

	@Test
	void unitsFollowThePluralRules() {
		SlaExplanation explanation = explanation();
		TargetRule one = new TargetRule("Standard", 1, Unit.BUSINESS_DAYS, ALWAYS, "Standard business hours");
		TargetRule three = new TargetRule("Standard", 3, Unit.BUSINESS_DAYS, ALWAYS, "Standard business hours");

		assertThat(explanation.rule(one, Locale.ENGLISH, BERLIN)).isEqualTo("1 business day on Standard business hours (Standard)");
		assertThat(explanation.rule(three, Locale.ENGLISH, BERLIN)).startsWith("3 business days");
		assertThat(explanation.rule(one, Locale.GERMAN, BERLIN)).startsWith("1 Geschäftstag nach");
		assertThat(explanation.rule(three, Locale.GERMAN, BERLIN)).startsWith("3 Geschäftstage nach");
	}

	@Test
	void aPlanVersionIsNamedByItsDateAndTheSeedByItsNameAlone() {
		SlaExplanation explanation = explanation();
		TargetRule seed = new TargetRule("Premier", 2, Unit.HOURS, ALWAYS, "24x7");
		TargetRule edited = new TargetRule("Premier", 2, Unit.HOURS, ALWAYS, "24x7", Instant.parse("2026-11-30T23:00:00Z"));

		assertThat(explanation.rule(seed, Locale.ENGLISH, BERLIN)).isEqualTo("2 hours on 24x7 (Premier)");
		assertThat(explanation.rule(edited, Locale.ENGLISH, BERLIN)).isEqualTo("2 hours on 24x7 (Premier, version of 1 Dec 2026, 00:00 CET)");
	}

	@Test
	void durationsReadAsHoursAndMinutes() {
		SlaExplanation explanation = explanation();

		assertThat(explanation.text(Line.of("paused", SlaTarget.Metric.UPDATE, Duration.ofMinutes(200)), Locale.ENGLISH, BERLIN))
			.isEqualTo("update paused with 3 h 20 min of business time left");
		assertThat(explanation.text(Line.of("paused", SlaTarget.Metric.UPDATE, Duration.ofMinutes(45)), Locale.ENGLISH, BERLIN))
			.isEqualTo("update paused with 45 min of business time left");
	}

	@Test
	void theApiKeepsEnglishWithIsoInstants() {
		Line line = Line.of("cadence", Line.of("why.publicReply"));
		Line due = Line.of("met", SlaTarget.Metric.FIRST_RESPONSE, Instant.parse("2026-12-07T13:30:00Z"));

		assertThat(explanation().english(line)).isEqualTo("Update cadence (public reply)");
		assertThat(explanation().english(due)).isEqualTo("first response met (due 2026-12-07T13:30:00Z)");
	}

	@Test
	void everyLineTheEvaluatorWritesHasWordsInEveryLanguage() {
		// a Severity 1 history touching every kind of note: opened, reply (update cadence), waiting,
		// customer reply, reclassified down (update cancelled), resolved, reopened, closed
		List<SlaFact> facts = List.of(new SlaFact(Instant.parse("2026-12-01T10:00:00Z"), SlaFact.Kind.OPENED, 1),
				SlaFact.of(Instant.parse("2026-12-01T10:05:00Z"), SlaFact.Kind.SUPPORT_REPLIED),
				SlaFact.of(Instant.parse("2026-12-01T10:06:00Z"), SlaFact.Kind.WAITING_ON_CUSTOMER),
				SlaFact.of(Instant.parse("2026-12-01T11:00:00Z"), SlaFact.Kind.CUSTOMER_REPLIED),
				new SlaFact(Instant.parse("2026-12-01T11:10:00Z"), SlaFact.Kind.CLASSIFIED, 2),
				SlaFact.of(Instant.parse("2026-12-01T12:00:00Z"), SlaFact.Kind.RESOLVED),
				SlaFact.of(Instant.parse("2026-12-01T12:30:00Z"), SlaFact.Kind.REOPENED),
				SlaFact.of(Instant.parse("2026-12-01T13:00:00Z"), SlaFact.Kind.CLOSED));
		SlaState state = SlaEvaluatorTests.PREMIER_PLAN.evaluate(facts, Instant.parse("2026-12-02T00:00:00Z"));
		SlaExplanation explanation = explanation();

		for (String language : List.of("en", "de", "fr", "es")) {
			for (SlaState.TimelineEntry entry : state.timeline()) {
				for (Line line : List.of(entry.event(), entry.effect())) {
					assertThat(explanation.text(line, Locale.forLanguageTag(language), BERLIN)).as(language + " " + line)
						.isNotBlank().doesNotContain("sla.explain").doesNotContain("{");
				}
			}
		}
	}
}
