package io.supportdesk.cases;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.InvalidInput;

/** Opens cases with a fresh, unique reference; shared by live opening and imports. */
@Component
class CaseOpening {

	private final SupportCases cases;

	private final ApplicationEventPublisher events;

	private final AccountManagement accounts;

	CaseOpening(SupportCases cases, ApplicationEventPublisher events, AccountManagement accounts) {
		this.cases = cases;
		this.events = events;
		this.accounts = accounts;
	}

	/** Opens, stores and announces a case. */
	SupportCase open(OpenCase request, Instant at) {
		SupportCase opened = build(request, at, false);
		cases.save(opened);
		opened.events().forEach(events::publishEvent);
		return opened;
	}

	/**
	 * Refuses a requester who is not a user of the case's organisation (none may be given, for a case
	 * whose requester is unknown here).
	 */
	void requireRequester(OrganisationId organisation, UserId requester) {
		if (requester != null && accounts.findUser(requester)
			.filter(user -> organisation.equals(user.organisationId())).isEmpty()) {
			throw new InvalidInput("requesterId", "refusal.cases.user.notOfOrganisation");
		}
	}

	/** A new case, not yet stored (imports apply more events before storing). */
	SupportCase build(OpenCase request, Instant at, boolean imported) {
		if (request.severity() < 1 || request.severity() > 4) {
			throw new InvalidInput("severity", "refusal.cases.severity.rangeField");
		}
		CaseReference reference = CaseReference.random();
		while (cases.referenceExists(reference)) {
			reference = CaseReference.random();
		}
		return SupportCase.open(request, reference, at, imported);
	}
}
