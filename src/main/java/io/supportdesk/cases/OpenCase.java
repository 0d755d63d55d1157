package io.supportdesk.cases;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;

/**
 * What it takes to open a case. {@code requester} may be null for imported cases whose requester is
 * unknown here; {@code severity} is the one the customer proposes.
 */
public record OpenCase(OrganisationId organisation, UserId requester, String subject, String description,
		String product, String language, Channel channel, int severity) {
}
