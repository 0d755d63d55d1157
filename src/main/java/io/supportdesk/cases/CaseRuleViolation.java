package io.supportdesk.cases;

/**
 * A change the case's rules do not allow in its current state (replying to a closed case, waiting on
 * the customer without a public reply). Live requests answer 409; an import answers 400 naming the event.
 */
class CaseRuleViolation extends RuntimeException {

	CaseRuleViolation(String message) {
		super(message);
	}
}
