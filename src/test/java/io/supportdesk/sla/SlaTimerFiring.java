package io.supportdesk.sla;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fires a first-response timer of a case now, through the same code db-scheduler runs when the timer
 * is due (for tests of what follows a warning or a breach, without waiting for the real instant).
 */
@TestComponent
public class SlaTimerFiring {

	@Autowired
	SlaTimers.SlaNotices notices;

	/** {@code kind}: WARN75, WARN90 or BREACH; {@code due}: the target's due instant as stored. */
	public void fire(UUID caseId, String kind, Instant due) {
		notices.fire(new SlaTimer(caseId, SlaTarget.Metric.FIRST_RESPONSE.name(), 0, kind, due));
	}
}
