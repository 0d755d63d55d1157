package io.supportdesk.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.plans.TargetUnit;
import io.supportdesk.sla.SlaTarget;

/**
 * A customer compliance statement: for one organisation and one calendar month (its boundaries at local
 * midnight in the organisation's zone), per plan and severity the cases opened, the targets met, breached
 * and still running, and attainment = met / (met + breached) against the plan's target; every breach with
 * the explanation its case page shows; and the plans in force during the month. A case counts under the
 * plan whose target governed it when it was opened, so an upgrade in the middle of the month splits the
 * month's cases between the two plans.
 *
 * @param start the first instant of the month in {@code zone}
 * @param end the first instant of the next month in {@code zone}
 * @param issuedAt when this statement was computed (running targets past their due instant count as breached)
 */
public record ComplianceStatement(OrganisationId organisationId, String organisation, YearMonth month, ZoneId zone,
		Instant start, Instant end, Instant issuedAt, List<PlanInForce> plans, List<Line> lines, List<Breach> breaches) {

	public ComplianceStatement {
		plans = List.copyOf(plans);
		lines = List.copyOf(lines);
		breaches = List.copyOf(breaches);
	}

	/** The cases opened in the month, over every plan and severity. */
	public long cases() {
		return lines.stream().filter(l -> l.metric() == SlaTarget.Metric.FIRST_RESPONSE).mapToLong(Line::cases).sum();
	}

	/**
	 * A plan of the organisation during part of the month: {@code from} and {@code until} clipped to the month.
	 *
	 * @param plan the plan's code
	 * @param name the plan's name
	 */
	public record PlanInForce(String plan, String name, Instant from, Instant until) {
	}

	/**
	 * One plan × severity × metric of the month: the plan's target for it and what became of the targets of
	 * the cases opened under it.
	 *
	 * @param target the plan's target amount; null where the plan sets none
	 * @param unit the target's unit; null where the plan sets none
	 * @param calendar the name of the calendar the target runs on; null where the plan sets none
	 * @param cases cases opened with at least one target of this metric
	 * @param attainment met / (met + breached); null while nothing is decided
	 */
	public record Line(String plan, String planName, int severity, SlaTarget.Metric metric, Long target, TargetUnit unit,
			String calendar, long cases, long met, long breached, long running, Double attainment) {

		/** Attainment in percent, rounded to a tenth; null while nothing is decided. */
		public Double percent() {
			return attainment == null ? null : Math.round(attainment * 1000) / 10.0;
		}
	}
}
