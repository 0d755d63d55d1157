package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** A case was opened (live or imported; {@code at} is when it really was). */
public record CaseOpened(CaseId caseId, OrganisationId organisationId, Instant at, int severity, Channel channel, String language) {
}
