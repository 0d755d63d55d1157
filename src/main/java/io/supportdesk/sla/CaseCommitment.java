package io.supportdesk.sla;

import java.time.Instant;

/**
 * What support committed to on one case, as its customer sees it: the first response (due, and when
 * it came), for Severity 1 the update support owes next, and whether support is waiting for the
 * customer (and since when: the clock of an update stops meanwhile). Holds no staff names and nothing
 * from internal notes.
 *
 * @param firstResponse null when no first-response target applies
 * @param update        the latest Severity 1 update target, null when none
 * @param waitingSince  when support started waiting for the customer's reply, null when it is not
 */
public record CaseCommitment(int severity, Commitment firstResponse, Commitment update, Instant waitingSince) {

	/** One promise: due when, and met or missed when (null while open). */
	public record Commitment(TargetState state, Instant dueAt, Instant answeredAt) {

		static Commitment of(SlaTarget target) {
			return target == null ? null : new Commitment(target.state(), target.dueAt(), target.metAt());
		}

		/** Whether the answer came late, or has not come and is late. */
		public boolean late() {
			return state == TargetState.BREACHED;
		}
	}
}
