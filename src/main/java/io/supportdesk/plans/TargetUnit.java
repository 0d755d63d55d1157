package io.supportdesk.plans;

/** The unit of a response target's amount; business days follow the target's calendar. */
public enum TargetUnit {
	MINUTES, HOURS, BUSINESS_DAYS
}
