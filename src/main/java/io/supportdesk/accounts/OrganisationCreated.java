package io.supportdesk.accounts;

import java.time.Instant;

/** A customer organisation was created. */
public record OrganisationCreated(OrganisationId organisationId, String name, Instant at) {
}
