package io.supportdesk.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A target's countdown as the queue shows it: GREEN below 75 % of its business time, AMBER from 75 %,
 * RED from 90 %, BREACHED after its due instant; PAUSED while waiting on the customer; DONE when met or
 * cancelled.
 */
public record Badge(Colour colour, Instant dueAt, Duration remaining) {

	/** The colour of a countdown. */
	public enum Colour {
		GREEN, AMBER, RED, BREACHED, PAUSED, DONE
	}
}
