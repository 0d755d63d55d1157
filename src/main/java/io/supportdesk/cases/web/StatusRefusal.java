package io.supportdesk.cases.web;

import io.supportdesk.cases.CaseStatus;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.Refusal;

/**
 * Why a status change was refused, as a message key and the two statuses, so the page explains it in
 * the reader's language; {@code detail} is the facade's own explanation.
 */
record StatusRefusal(String key, CaseStatus from, CaseStatus to, Refusal detail) {

	static StatusRefusal of(CaseStatus from, CaseStatus to, Conflict conflict) {
		String key;
		if (to == CaseStatus.PENDING_CUSTOMER && from == CaseStatus.OPEN) {
			key = "case.error.pendingNeedsReply";
		}
		else if (to == CaseStatus.OPEN && from == CaseStatus.RESOLVED) {
			key = "case.error.reopenWindow";
		}
		else {
			key = "case.error.transition";
		}
		return new StatusRefusal(key, from, to, conflict.refusal());
	}
}
