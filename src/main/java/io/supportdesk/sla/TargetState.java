package io.supportdesk.sla;

/** Where a target stands. */
public enum TargetState {
	/** The clock runs. */
	RUNNING,
	/** The case waits on the customer: the clock stands still. */
	PAUSED,
	/** Met in time (a reply at exactly the due instant is in time). */
	MET,
	/** Not met by its due instant. */
	BREACHED,
	/** No longer applies (resolved, or no longer Severity 1). */
	CANCELLED
}
