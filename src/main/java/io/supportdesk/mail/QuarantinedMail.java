package io.supportdesk.mail;

import java.util.List;
import java.util.Optional;

import io.supportdesk.accounts.OrganisationId;

/**
 * A quarantined message as staff read it before deciding.
 *
 * @param summary what the quarantine list shows
 * @param text its text, HTML reduced to text (nothing active), cut at 20,000 characters
 * @param files the names of the files it carries
 * @param senderOrganisation the organisation its sender already belongs to, if any (it can only be
 * assigned there)
 */
public record QuarantinedMail(Quarantined summary, String text, List<String> files,
		Optional<OrganisationId> senderOrganisation) {
}
