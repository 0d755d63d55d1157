package io.supportdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The application clock in tests: it stands still until a test moves it (tests never sleep). */
public class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		set(start);
	}

	/** Moves the clock to this instant (in microseconds, PostgreSQL's precision, like the real clock). */
	public void set(Instant instant) {
		this.now = instant.truncatedTo(ChronoUnit.MICROS);
	}

	public void advance(Duration duration) {
		set(now.plus(duration));
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is UTC");
	}
}
