package io.supportdesk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case of the {@code demo} profile, as {@code demo-cases.json} (beside this class) describes it: who
 * asked what, in which language and channel, when it was opened, and what happened after.
 *
 * @param requester the e-mail of the customer user who asked
 * @param severity  the severity they proposed
 * @param steps     what happened after the opening, in order (none for a case opened live)
 * @param assignee  the e-mail of the member of staff it is assigned to now, or null
 * @param team      the name of the team it is assigned to now, or null
 */
record DemoCase(String organisation, String requester, String language, Channel channel, Integer severity,
		String subject, String description, Opened opened, List<Step> steps, String assignee, String team) {

	/** The product every demo organisation licenses (as {@code plans.DemoProgrammes} records it). */
	static final String PRODUCT = "Constructor Proctor";

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	DemoCase {
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	/**
	 * When the case was opened, relative to the first start: {@code minutesAgo} (0: it is opened live, by
	 * its requester, through {@link CaseManagement#open}), or on {@code day} at {@code time} (Europe/Berlin)
	 * of the week {@code weeksAgo} weeks back — a weekday, so that business-hour targets come out the same
	 * whenever the demo is started.
	 */
	record Opened(Integer minutesAgo, Integer weeksAgo, DayOfWeek day, LocalTime time) {

		boolean live() {
			return minutesAgo != null && minutesAgo == 0;
		}

		Instant at(Clock clock) {
			if (minutesAgo != null) {
				return clock.instant().minus(Duration.ofMinutes(minutesAgo));
			}
			LocalDate week = LocalDate.now(clock.withZone(BERLIN)).minusWeeks(weeksAgo);
			return week.with(TemporalAdjusters.previousOrSame(day)).atTime(time).atZone(BERLIN).toInstant();
		}
	}

	/**
	 * One event, {@code after} the opening; {@code by} is the e-mail of the member of staff who did it
	 * (every type but CUSTOMER_REPLIED, which is the requester's).
	 */
	record Step(Duration after, String type, Integer severity, String by, String reason, String body) {
	}

	/** The demo cases, in the order they are loaded. */
	static List<DemoCase> all() {
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = DemoCase.class.getResourceAsStream("demo-cases.json")) {
			return json.readValue(in, new TypeReference<List<DemoCase>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the requester submits when the case is opened live. */
	OpenCase submission() {
		return new OpenCase(null, null, subject, description, PRODUCT, language, channel, severity);
	}

	/** The case's history to import, opened at {@code at}. */
	CaseImport.ImportedCase history(DemoPeople people, Instant at) {
		List<ImportedEvent> events = new ArrayList<>();
		events.add(new ImportedEvent(at, "OPENED", severity, channel, null, null));
		steps.forEach(step -> events.add(new ImportedEvent(at.plus(step.after()), step.type(), step.severity(), null,
				step.reason(), step.body(), people.id(step.by()))));
		return new CaseImport.ImportedCase(people.organisation(organisation), people.id(requester), subject,
				description, PRODUCT, language, events);
	}
}
