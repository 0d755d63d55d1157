package io.supportdesk.cases;

import java.time.Instant;

import io.supportdesk.accounts.OrganisationId;

/** Support added a note only staff can see (it meets no target). */
public record InternalNoteAdded(CaseId caseId, OrganisationId organisationId, Instant at) {
}
