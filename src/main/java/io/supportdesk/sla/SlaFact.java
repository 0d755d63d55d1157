package io.supportdesk.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a case, as far as its SLA clocks care: opened or classified (with a
 * severity), a public reply from support, waiting on the customer, a customer reply, resolved,
 * reopened, closed, or the organisation's plan changed (the targets in force from then on differ).
 */
public record SlaFact(Instant at, Kind kind, Integer severity) {

	/** What happened. */
	public enum Kind {
		OPENED, CLASSIFIED, SUPPORT_REPLIED, WAITING_ON_CUSTOMER, CUSTOMER_REPLIED, RESOLVED, REOPENED, CLOSED,
		PLAN_CHANGED
	}

	public SlaFact {
		Objects.requireNonNull(at);
		Objects.requireNonNull(kind);
		if ((kind == Kind.OPENED || kind == Kind.CLASSIFIED) && severity == null) {
			throw new IllegalArgumentException(kind + " needs a severity");
		}
	}

	public static SlaFact of(Instant at, Kind kind) {
		return new SlaFact(at, kind, null);
	}
}
