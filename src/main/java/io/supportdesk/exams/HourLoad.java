package io.supportdesk.exams;

import java.time.Instant;

/** The expected load of one clock hour: how many organisations' exam sessions run in it, against the capacity. */
public record HourLoad(Instant hour, int sessions, int capacity) {

	public boolean overloaded() {
		return sessions > capacity;
	}

	public boolean full() {
		return sessions >= capacity;
	}
}
