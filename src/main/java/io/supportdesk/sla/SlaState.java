package io.supportdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case's SLA at an instant: its targets (the first response, then each Severity 1 update in order)
 * and a timeline saying in words why each due instant is what it is.
 */
public record SlaState(int severity, List<SlaTarget> targets, List<TimelineEntry> timeline) {

	/** One line of the explanation: what happened at {@code at}, and what it did to the targets. */
	public record TimelineEntry(Instant at, Line event, Line effect) {
	}

	/**
	 * Words as facts, rendered in each reader's language by {@link SlaExplanation}: a message key under
	 * {@code sla.explain.}, and its arguments — numbers, instants, durations, metrics, rules, or lines
	 * themselves.
	 */
	public record Line(String key, List<Object> args) {

		public Line {
			args = List.copyOf(args);
		}

		/** A line of the key under {@code sla.explain.} with these arguments. */
		public static Line of(String key, Object... args) {
			return new Line(key, List.of(args));
		}
	}

	public SlaState {
		targets = List.copyOf(targets);
		timeline = List.copyOf(timeline);
	}

	/** The earliest due instant of a running target: the next deadline. */
	public Optional<Instant> nextDeadline() {
		return targets.stream().filter(t -> t.state() == TargetState.RUNNING).map(SlaTarget::dueAt).min(Instant::compareTo);
	}
}
