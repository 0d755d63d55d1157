package io.supportdesk.sla;

import java.time.Instant;

/**
 * One target of a case with its outcome. {@code breachedAt} is the due instant a running target
 * passed (or, for a reclassification whose new due instant already lay in the past, the instant of
 * the reclassification); {@code metAt} is the reply that met it (or, late, answered it).
 */
public record SlaTarget(Metric metric, TargetRule rule, Instant startedAt, Instant dueAt, Instant metAt,
		Instant breachedAt, TargetState state) {

	/**
	 * The instant at which {@code share} of the target's business time (start to due, on its calendar)
	 * is used: where its 75 % and 90 % warnings fall.
	 */
	Instant at(double share) {
		java.time.Duration total = rule.calendar().elapsed(startedAt, dueAt);
		return rule.calendar().add(startedAt, java.time.Duration.ofSeconds((long) (total.toSeconds() * share)));
	}

	/** What a target measures. */
	public enum Metric {
		FIRST_RESPONSE, UPDATE
	}
}
