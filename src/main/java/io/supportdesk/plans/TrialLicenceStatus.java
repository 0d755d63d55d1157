package io.supportdesk.plans;

/** A trial licence request: requested, then issued (with a key) or declined; an issued key expires. */
public enum TrialLicenceStatus {
	REQUESTED, ISSUED, DECLINED, EXPIRED
}
