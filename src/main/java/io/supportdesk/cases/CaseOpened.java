package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/**
 * A case was opened (live or imported; {@code at} is when it really was). {@code imported}: it came
 * with its history through {@link CaseImport}, so nobody is waiting for an acknowledgement.
 */
public record CaseOpened(CaseId caseId, OrganisationId organisationId, Instant at, int severity, Channel channel, String language,
		boolean imported) {
}
