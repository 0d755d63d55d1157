package io.supportdesk.plans;

import java.time.Duration;

/**
 * One cell of a plan's response-target matrix: for a severity and a metric, an amount of time on a
 * calendar (e.g. Severity 1 first response: 15 minutes on 24x7).
 */
public record ResponseTarget(int severity, Metric metric, long amount, TargetUnit unit, TargetCalendar calendar) {

	public ResponseTarget {
		if (severity < 1 || severity > 4) {
			throw new IllegalArgumentException("Severity is 1 to 4");
		}
		if (amount < 0) {
			throw new IllegalArgumentException("A target's amount is not negative");
		}
	}

	/**
	 * The target's nominal length, for choosing the shortest of two targets: minutes and hours as they
	 * are, a business day as 24 hours (no sub-day target of a plan is longer than a business day).
	 */
	public Duration nominal() {
		return switch (unit) {
			case MINUTES -> Duration.ofMinutes(amount);
			case HOURS -> Duration.ofHours(amount);
			case BUSINESS_DAYS -> Duration.ofDays(amount);
		};
	}

	/** Whether this target applies to the given severity and metric. */
	public boolean isFor(int severity, Metric metric) {
		return this.severity == severity && this.metric == metric;
	}
}
