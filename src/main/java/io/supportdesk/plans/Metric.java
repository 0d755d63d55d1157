package io.supportdesk.plans;

/** What a response target measures. */
public enum Metric {
	/** The first public reply from support. */
	FIRST_RESPONSE,
	/** Severity 1's cadence: the next public reply after each one, until resolution. */
	UPDATE
}
