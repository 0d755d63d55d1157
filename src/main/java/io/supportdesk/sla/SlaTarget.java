package io.supportdesk.sla;

import java.time.Instant;

/**
 * One target of a case with its outcome. {@code breachedAt} is the due instant a running target
 * passed (or, for a reclassification whose new due instant already lay in the past, the instant of
 * the reclassification); {@code metAt} is the reply that met it (or, late, answered it).
 */
public record SlaTarget(Metric metric, TargetRule rule, Instant startedAt, Instant dueAt, Instant metAt,
		Instant breachedAt, TargetState state) {

	/** What a target measures. */
	public enum Metric {
		FIRST_RESPONSE, UPDATE
	}
}
