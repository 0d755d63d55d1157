package io.supportdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case's SLA at an instant: its targets (the first response, then each Severity 1 update in order)
 * and a timeline saying in words why each due instant is what it is.
 */
public record SlaState(int severity, List<SlaTarget> targets, List<TimelineEntry> timeline) {

	/** One line of the explanation. */
	public record TimelineEntry(Instant at, String event, String effect) {
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
