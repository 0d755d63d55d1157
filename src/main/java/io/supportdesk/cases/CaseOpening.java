package io.supportdesk.cases;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.supportdesk.shared.InvalidInput;

/** Opens cases with a fresh, unique reference; shared by live opening and imports. */
@Component
class CaseOpening {

	private final SupportCases cases;

	private final ApplicationEventPublisher events;

	CaseOpening(SupportCases cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	/** Opens, stores and announces a case. */
	SupportCase open(OpenCase request, Instant at) {
		SupportCase opened = build(request, at);
		cases.save(opened);
		opened.events().forEach(events::publishEvent);
		return opened;
	}

	/** A new case, not yet stored (imports apply more events before storing). */
	SupportCase build(OpenCase request, Instant at) {
		if (request.severity() < 1 || request.severity() > 4) {
			throw new InvalidInput("severity", "is 1 (urgent) to 4 (low)");
		}
		CaseReference reference = CaseReference.random();
		while (cases.referenceExists(reference)) {
			reference = CaseReference.random();
		}
		return SupportCase.open(request, reference, at);
	}
}
