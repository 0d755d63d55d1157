package io.supportdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.TeamId;
import io.supportdesk.cases.Channel;
import io.supportdesk.sla.SlaTarget;

/**
 * What an SLA report covers: the cases opened from {@code from} to {@code to} (both dates included, as
 * local dates in {@code zone}), one metric, how rows are grouped, and optional filters.
 */
public record SlaReportQuery(LocalDate from, LocalDate to, ZoneId zone, Grouping groupBy, SlaTarget.Metric metric,
		Filters filters) {

	public SlaReportQuery {
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		Objects.requireNonNull(zone);
		Objects.requireNonNull(groupBy);
		Objects.requireNonNull(metric);
		filters = filters == null ? Filters.NONE : filters;
	}

	/** The first instant covered: local midnight starting {@code from}. */
	public Instant start() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first instant no longer covered: local midnight after {@code to}. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** How rows are grouped: by plan, by severity, by period (null: the whole range is one period). */
	public record Grouping(boolean plan, boolean severity, Period period) {

		/** The report's default: plan × severity × month. */
		public static final Grouping DEFAULT = new Grouping(true, true, Period.MONTH);
	}

	/** Which cases count; every null filter lets all through. {@code language} is an ISO 639-1 code. */
	public record Filters(OrganisationId organisation, TeamId team, Channel channel, String language, String product) {

		public static final Filters NONE = new Filters(null, null, null, null, null);
	}
}
