package io.supportdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;
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

	private String timeZone;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Organisation(UUID id, String name, String timeZone, Instant createdAt, Long version) {
		this.id = id;
		this.name = name;
		this.timeZone = timeZone;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Organisation create(String name, ZoneId zone, Instant now) {
		return new Organisation(UUID.randomUUID(), name.strip(), zone.getId(), now, null);
	}

	/** Where the organisation's people read times unless they choose another zone. */
	ZoneId timeZone() {
		return ZoneId.of(timeZone);
	}

	OrganisationId id() {
		return new OrganisationId(id);
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id(), name, timeZone(), createdAt);
	}
}
