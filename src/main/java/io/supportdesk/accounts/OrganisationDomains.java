package io.supportdesk.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;

/**
 * The mail domains an organisation has verified (support managers record them after checking, for
 * example by a DNS record or the contract). Mail from an unknown address in a verified domain makes a
 * new customer user of that organisation; a domain belongs to one organisation at most. Changes are
 * audited.
 */
@Service
public class OrganisationDomains {

	private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final AuditLog audit;

	OrganisationDomains(JdbcClient jdbc, AccountManagement accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The organisation's verified domains, sorted (staff, and the organisation's own users). */
	@Transactional(readOnly = true)
	public List<String> of(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation); // 404 for another tenant's
		return jdbc.sql("select domain from accounts_organisation_domain where organisation_id = :org order by domain")
			.param("org", organisation.value()).query(String.class).list();
	}

	/** Replaces the organisation's verified domains (support managers). */
	@Transactional
	public List<String> replace(CurrentUser actor, OrganisationId organisation, List<String> domains) {
		if (!actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only support managers verify domains");
		}
		accounts.organisation(actor, organisation);
		TreeSet<String> wanted = new TreeSet<>();
		for (int i = 0; i < domains.size(); i++) {
			String domain = domains.get(i) == null ? "" : domains.get(i).strip().toLowerCase(Locale.ROOT);
			if (!DOMAIN.matcher(domain).matches()) {
				throw new InvalidInput("domains[" + i + "]", "refusal.accounts.domain.invalid");
			}
			wanted.add(domain);
		}
		for (String domain : wanted) {
			Optional<UUID> owner = jdbc.sql("select organisation_id from accounts_organisation_domain where domain = :d")
				.param("d", domain).query(UUID.class).optional();
			if (owner.isPresent() && !owner.get().equals(organisation.value())) {
				throw new Conflict("domains", "refusal.accounts.domain.taken", domain);
			}
		}
		List<String> before = jdbc.sql("select domain from accounts_organisation_domain where organisation_id = :org order by domain")
			.param("org", organisation.value()).query(String.class).list();
		jdbc.sql("delete from accounts_organisation_domain where organisation_id = :org").param("org", organisation.value())
			.update();
		wanted.forEach(domain -> jdbc.sql("insert into accounts_organisation_domain (domain, organisation_id) values (:d, :org)")
			.param("d", domain).param("org", organisation.value()).update());
		audit.recordChange(AuditAction.ORGANISATION_DOMAINS_CHANGED, actor, "organisation " + organisation,
				String.join("\n", before), String.join("\n", wanted));
		return List.copyOf(wanted);
	}

	/** The organisation that verified the domain of this address, if any (the mail channel's unknown senders). */
	@Transactional(readOnly = true)
	public Optional<OrganisationId> organisationFor(String address) {
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return Optional.empty();
		}
		return jdbc.sql("select organisation_id from accounts_organisation_domain where domain = :d")
			.param("d", address.substring(at + 1).strip().toLowerCase(Locale.ROOT)).query(UUID.class).optional()
			.map(OrganisationId::new);
	}
}
