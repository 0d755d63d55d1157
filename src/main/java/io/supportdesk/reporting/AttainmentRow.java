package io.supportdesk.reporting;

/**
 * One row of the SLA attainment report: the targets of cases opened in a period (of a plan and a
 * severity, where grouped so) — cases opened, targets met, breached and still running (or paused), and
 * attainment = met / (met + breached), null while nothing is decided. Response-time percentiles are over
 * the answered targets (met, or answered late), in minutes: business minutes on the target's own
 * calendar, and calendar minutes.
 *
 * @param plan the plan's code, null when not grouped by plan
 * @param severity null when not grouped by severity
 * @param period the period's label ({@link Period#label}), null when not grouped by period
 */
public record AttainmentRow(String plan, Integer severity, String period, long opened, long met, long breached,
		long running, Double attainment, Minutes businessMinutes, Minutes calendarMinutes) {

	/**
	 * Percentiles of response time in minutes (nearest rank: each is a time a target took, to the nearest
	 * minute — from 7 days on, to the nearest hour); null when none was answered.
	 */
	public record Minutes(Double p50, Double p90, Double p95) {

		static final Minutes NONE = new Minutes(null, null, null);
	}

	/** Attainment in percent, for pages; null while nothing is decided. */
	public Double percent() {
		return attainment == null ? null : Math.round(attainment * 1000) / 10.0;
	}
}
