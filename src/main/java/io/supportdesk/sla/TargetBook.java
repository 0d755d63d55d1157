package io.supportdesk.sla;

import java.time.Instant;
import java.util.Optional;

/**
 * The targets in force for one organisation: "at this instant, for this severity, what is the first
 * response target / the update cadence?" (answered from the effective-dated plans and subscriptions).
 */
public interface TargetBook {

	Optional<TargetRule> firstResponse(Instant at, int severity);

	Optional<TargetRule> update(Instant at, int severity);
}
