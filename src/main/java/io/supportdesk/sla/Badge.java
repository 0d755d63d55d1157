package io.supportdesk.sla;

import java.time.Instant;

/**
 * A target's countdown as the queue and the case page show it: GREEN below 75 % of its business time,
 * AMBER from 75 %, RED from 90 %, BREACHED from its due instant; PAUSED while waiting on the customer;
 * DONE when met or cancelled (or when the case has no target).
 */
public record Badge(Colour colour, Instant dueAt) {

	/** The colour of a countdown. */
	public enum Colour {
		GREEN, AMBER, RED, BREACHED, PAUSED, DONE
	}

	static final Badge DONE = new Badge(Colour.DONE, null);

	/**
	 * The one colour rule, from a target's state and the instants at which 75 % and 90 % of its business
	 * time are used (stored with the case's SLA, so the queue needs no evaluation to colour a row).
	 */
	static Badge of(TargetState state, Instant dueAt, Instant amberAt, Instant redAt, Instant now) {
		if (state == null || dueAt == null) {
			return DONE;
		}
		return switch (state) {
			case BREACHED -> new Badge(Colour.BREACHED, dueAt);
			case PAUSED -> new Badge(Colour.PAUSED, dueAt);
			case RUNNING -> new Badge(!now.isBefore(dueAt) ? Colour.BREACHED : !now.isBefore(redAt) ? Colour.RED
					: !now.isBefore(amberAt) ? Colour.AMBER : Colour.GREEN, dueAt);
			default -> DONE;
		};
	}

	/** The badge of a case's evaluated SLA: its last target still running, paused or breached unanswered. */
	static Badge of(SlaState state, Instant now) {
		return current(state).map(target -> of(target.state(), target.dueAt(), target.at(0.75), target.at(0.90), now))
			.orElse(DONE);
	}

	/** The target a badge counts down: the last one still running, paused, or breached and unanswered. */
	static java.util.Optional<SlaTarget> current(SlaState state) {
		return state.targets().stream()
			.filter(t -> t.state() == TargetState.RUNNING || t.state() == TargetState.PAUSED
					|| (t.state() == TargetState.BREACHED && t.metAt() == null))
			.reduce((first, second) -> second);
	}
}
