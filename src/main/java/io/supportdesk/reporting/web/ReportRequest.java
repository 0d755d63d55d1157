package io.supportdesk.reporting.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.cases.Channel;
import io.supportdesk.reporting.Period;
import io.supportdesk.reporting.SlaReportQuery;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.Language;
import io.supportdesk.sla.SlaTarget;

/**
 * The query parameters of the SLA reports, as sent; {@link #query(LocalDate)} reads them and refuses a
 * bad one naming it. Everything is optional: the last three months (from the first of the month two
 * months back to today), Europe/Berlin, plan × severity × month, first response, no filter.
 */
record ReportRequest(
		@Schema(description = "First day (yyyy-MM-dd, in the zone), included", example = "2026-09-01") String from,
		@Schema(description = "Last day (yyyy-MM-dd, in the zone), included", example = "2026-11-30") String to,
		@Schema(description = "Zone of the period boundaries (a region name)", example = "Europe/Berlin") String zone,
		@Schema(description = "plan, severity and one of day, week, month; comma-separated", example = "plan,severity,month") String groupBy,
		@Schema(description = "With no groupBy: plan × severity × this period (day, week, month)", example = "week") String period,
		@Schema(description = "FIRST_RESPONSE or UPDATE (the Severity 1 update cadence)", example = "FIRST_RESPONSE") String metric,
		@Schema(description = "Only this organisation's cases (its id)") String organisation,
		@Schema(description = "Only cases of this team (its id)") String team,
		@Schema(description = "Only cases that came by this channel", example = "EMAIL") String channel,
		@Schema(description = "Only cases in this language (en, de, fr, es)", example = "de") String language,
		@Schema(description = "Only cases about this product (exact name)") String product,
		@Schema(description = "Breaches only: at most this many (1 to 10000, default 1000)") String limit) {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

	/** The longest range one report covers. */
	static final int MAX_DAYS = 3660;

	static final int MAX_LIMIT = 10_000;

	SlaReportQuery query(java.time.Clock clock) {
		ZoneId zone = readZone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate last = blank(to) ? today : date(to, "to");
		LocalDate first = blank(from) ? last.withDayOfMonth(1).minusMonths(2) : date(from, "from");
		if (last.isBefore(first)) {
			throw new InvalidInput("to", "refusal.reporting.range.reversed");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInput("from", "refusal.reporting.range.tooLong", MAX_DAYS);
		}
		return new SlaReportQuery(first, last, zone, grouping(), readMetric(), filters());
	}

	/** The breaches' limit. */
	int breachLimit() {
		if (blank(limit)) {
			return 1000;
		}
		try {
			int value = Integer.parseInt(limit.trim());
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new InvalidInput("limit", "refusal.reporting.limit.invalid", MAX_LIMIT);
	}

	/** Whether a metric was asked for (breaches of every metric otherwise). */
	boolean hasMetric() {
		return !blank(metric);
	}

	ZoneId readZone() {
		if (blank(zone)) {
			return DEFAULT_ZONE;
		}
		try {
			ZoneId parsed = ZoneId.of(zone.trim());
			// region names only: PostgreSQL reads "+02:00" the POSIX way round; UTC is the one offset allowed
			if (parsed instanceof ZoneOffset offset) {
				if (offset.getTotalSeconds() == 0) {
					return ZoneId.of("UTC");
				}
				throw new InvalidInput("zone", "refusal.reporting.zone.invalid");
			}
			return parsed;
		}
		catch (DateTimeException ex) {
			throw new InvalidInput("zone", "refusal.reporting.zone.invalid");
		}
	}

	SlaReportQuery.Grouping grouping() {
		if (blank(groupBy)) {
			return blank(period) ? SlaReportQuery.Grouping.DEFAULT : new SlaReportQuery.Grouping(true, true, period(period, "period"));
		}
		Set<String> parts = new LinkedHashSet<>();
		for (String part : groupBy.split(",")) {
			if (!part.isBlank() && !parts.add(part.trim().toLowerCase(Locale.ROOT))) {
				throw new InvalidInput("groupBy", "refusal.reporting.groupBy.invalid");
			}
		}
		boolean plan = parts.remove("plan");
		boolean severity = parts.remove("severity");
		if (parts.size() > 1) {
			throw new InvalidInput("groupBy", "refusal.reporting.groupBy.invalid");
		}
		return new SlaReportQuery.Grouping(plan, severity, parts.isEmpty() ? null : period(parts.iterator().next(), "groupBy"));
	}

	private SlaTarget.Metric readMetric() {
		if (blank(metric)) {
			return SlaTarget.Metric.FIRST_RESPONSE;
		}
		try {
			return SlaTarget.Metric.valueOf(metric.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("metric", "refusal.reporting.metric.invalid");
		}
	}

	private SlaReportQuery.Filters filters() {
		return new SlaReportQuery.Filters(blank(organisation) ? null : OrganisationId.parse(organisation.trim(), "organisation"),
				blank(team) ? null : TeamId.parse(team.trim(), "team"), readChannel(), readLanguage(),
				blank(product) ? null : product.trim());
	}

	private Channel readChannel() {
		if (blank(channel)) {
			return null;
		}
		try {
			return Channel.valueOf(channel.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("channel", "refusal.reporting.channel.invalid");
		}
	}

	private String readLanguage() {
		if (blank(language)) {
			return null;
		}
		for (Language known : Language.values()) {
			if (known.code().equalsIgnoreCase(language.trim())) {
				return known.code();
			}
		}
		throw new InvalidInput("language", "refusal.reporting.language.invalid");
	}

	private static Period period(String text, String field) {
		try {
			return Period.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(field, "refusal.reporting.groupBy.invalid");
		}
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "refusal.reporting.date.invalid");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
