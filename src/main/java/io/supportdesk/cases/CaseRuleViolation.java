package io.supportdesk.cases;

import io.supportdesk.shared.Refusal;
import io.supportdesk.shared.Refused;

/**
 * A change the case's rules do not allow in its current state (replying to a closed case, waiting on
 * the customer without a public reply). Live requests answer 409; an import answers 400 naming the event.
 */
class CaseRuleViolation extends Refused {

	private static final long serialVersionUID = 1L;

	CaseRuleViolation(String key, Object... arguments) {
		super(Refusal.of(key, arguments));
	}
}
