package io.supportdesk.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How the attainment report sums each of its periods from the aggregate: the whole UTC months
 * ({@code reporting_sla_month}) between the UTC month boundaries nearest to the period's first and last
 * instant, corrected by the target rows between those boundaries and the period's own (added where the
 * period begins before the boundary or ends after it, subtracted where it begins after or ends before).
 * A period in Europe/Berlin's March is UTC March plus the last hour of 28 February minus the last two
 * hours of 31 March; any zone works, whatever its offset. A period that is shorter than its corrections
 * would be (a day, a week) is summed from its rows alone.
 *
 * @param spans the report's periods in order (one for the whole range when it is not grouped by period)
 * @param months the UTC months each span adds
 * @param edges the ranges of target rows each span adds (sign 1) or subtracts (sign -1)
 */
record AttainmentPlan(List<Span> spans, List<Month> months, List<Edge> edges) {

	/** A period of the report: its index, its first day (null when not grouped by period), the instants it covers. */
	record Span(int index, LocalDate period, Instant from, Instant until) {
	}

	/** A UTC month (its first instant) that span {@code span} adds. */
	record Month(int span, Instant start) {
	}

	/** The target rows of cases opened from {@code from} until {@code until}, which span {@code span} adds times {@code sign}. */
	record Edge(int span, Instant from, Instant until, int sign) {
	}

	static AttainmentPlan of(SlaReportQuery query) {
		List<Span> spans = spans(query);
		List<Month> months = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		for (Span span : spans) {
			Instant first = nearestMonthStart(span.from());
			Instant last = nearestMonthStart(span.until());
			Duration corrections = Duration.between(span.from(), first).abs().plus(Duration.between(span.until(), last).abs());
			if (!first.isBefore(last) || corrections.compareTo(Duration.between(span.from(), span.until())) >= 0) {
				edges.add(new Edge(span.index(), span.from(), span.until(), 1));
				continue;
			}
			for (ZonedDateTime month = first.atZone(ZoneOffset.UTC); month.toInstant().isBefore(last); month = month.plusMonths(1)) {
				months.add(new Month(span.index(), month.toInstant()));
			}
			if (span.from().isBefore(first)) {
				edges.add(new Edge(span.index(), span.from(), first, 1));
			}
			else if (span.from().isAfter(first)) {
				edges.add(new Edge(span.index(), first, span.from(), -1));
			}
			if (span.until().isAfter(last)) {
				edges.add(new Edge(span.index(), last, span.until(), 1));
			}
			else if (span.until().isBefore(last)) {
				edges.add(new Edge(span.index(), span.until(), last, -1));
			}
		}
		return new AttainmentPlan(List.copyOf(spans), List.copyOf(months), List.copyOf(edges));
	}

	/** Whether any period reads whole months (else the aggregate saves nothing over the rows). */
	boolean usesMonths() {
		return !months.isEmpty();
	}

	/** The report's periods, from local midnight to local midnight in its zone, cut to its range. */
	static List<Span> spans(SlaReportQuery query) {
		Period period = query.groupBy().period();
		if (period == null) {
			return List.of(new Span(0, null, query.start(), query.end()));
		}
		List<Span> spans = new ArrayList<>();
		for (LocalDate start = period.start(query.from()); !start.isAfter(query.to()); start = period.next(start)) {
			Instant from = start.atStartOfDay(query.zone()).toInstant();
			Instant until = period.next(start).atStartOfDay(query.zone()).toInstant();
			spans.add(new Span(spans.size(), start, from.isBefore(query.start()) ? query.start() : from,
					until.isAfter(query.end()) ? query.end() : until));
		}
		return spans;
	}

	/** The first instant of a UTC month nearest to {@code instant} (the earlier one when both are as near). */
	static Instant nearestMonthStart(Instant instant) {
		ZonedDateTime floor = instant.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
		Instant earlier = floor.toInstant();
		Instant later = floor.plusMonths(1).toInstant();
		return Duration.between(earlier, instant).compareTo(Duration.between(instant, later)) <= 0 ? earlier : later;
	}
}
