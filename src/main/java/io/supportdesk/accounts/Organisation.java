package io.supportdesk.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A customer organisation: the tenant whose data no other organisation may see. */
@Table("accounts_organisation")
class Organisation {

	@Id
	private final UUID id;

	private String name;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Organisation(UUID id, String name, Instant createdAt, Long version) {
		this.id = id;
		this.name = name;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Organisation create(String name, Instant now) {
		return new Organisation(UUID.randomUUID(), name.strip(), now, null);
	}

	OrganisationId id() {
		return new OrganisationId(id);
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id(), name, createdAt);
	}
}
