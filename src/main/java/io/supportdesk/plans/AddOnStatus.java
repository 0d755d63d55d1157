package io.supportdesk.plans;

/** Where a paid add-on request stands: requested → quoted → scheduled → delivered, or declined. */
public enum AddOnStatus {
	REQUESTED, QUOTED, SCHEDULED, DELIVERED, DECLINED
}
