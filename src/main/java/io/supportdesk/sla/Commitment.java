package io.supportdesk.sla;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What support commits to for a severity if a case were opened now: the first-response target, the
 * instant it would be due, and whether support is open now (until when) or when it next opens.
 */
public record Commitment(int severity, long amount, TargetRule.Unit unit, String calendar, Instant dueIfOpenedNow,
		boolean openNow, Instant openUntil, Instant nextOpening, ZoneId zone) {
}
