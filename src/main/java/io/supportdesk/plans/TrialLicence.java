package io.supportdesk.plans;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.UserId;
import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.Refusal;

/**
 * A non-production trial licence: requested by a customer admin, issued by an agent with a random
 * key that is stored as a hash and shown once to the requester, valid for its duration.
 */
@Table("plans_trial_licence")
class TrialLicence {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String product;

	private final String purpose;

	private final int durationDays;

	private TrialLicenceStatus status;

	private final UUID requestedBy;

	private final Instant requestedAt;

	private UUID decidedBy;

	private Instant decidedAt;

	private Instant expiresAt;

	private String keyHash;

	private String keyHint;

	private String keyOnce;

	@Version
	private Long version;

	@PersistenceCreator
	TrialLicence(UUID id, UUID organisationId, String product, String purpose, int durationDays,
			TrialLicenceStatus status, UUID requestedBy, Instant requestedAt, UUID decidedBy, Instant decidedAt,
			Instant expiresAt, String keyHash, String keyHint, String keyOnce, Long version) {
		this.id = id;
		this.organisationId = organisationId;
		this.product = product;
		this.purpose = purpose;
		this.durationDays = durationDays;
		this.status = status;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.expiresAt = expiresAt;
		this.keyHash = keyHash;
		this.keyHint = keyHint;
		this.keyOnce = keyOnce;
		this.version = version;
	}

	static TrialLicence request(OrganisationId organisation, UserId by, String product, String purpose, int days,
			Instant now) {
		return new TrialLicence(UUID.randomUUID(), organisation.value(), product.strip(), purpose.strip(), days,
				TrialLicenceStatus.REQUESTED, by.value(), now, null, null, null, null, null, null, null);
	}

	/** Issues the licence with this key (kept as a hash; the plain key waits for its one display). */
	void issue(UserId by, String key, String hash, Instant now) {
		requireRequested();
		status = TrialLicenceStatus.ISSUED;
		decidedBy = by.value();
		decidedAt = now;
		expiresAt = now.plus(Duration.ofDays(durationDays));
		keyHash = hash;
		keyHint = key.substring(key.length() - 5);
		keyOnce = key;
	}

	void decline(UserId by, Instant now) {
		requireRequested();
		status = TrialLicenceStatus.DECLINED;
		decidedBy = by.value();
		decidedAt = now;
	}

	/** The plain key if this is its one display to the requester (it is forgotten here), else null. */
	String revealOnceTo(UserId viewer) {
		if (keyOnce == null || !requestedBy.equals(viewer.value())) {
			return null;
		}
		String key = keyOnce;
		keyOnce = null;
		return key;
	}

	private void requireRequested() {
		if (status != TrialLicenceStatus.REQUESTED) {
			throw new Conflict("status", "refusal.plans.trialLicence.decided",
					Refusal.term("refusal.term.trialLicence." + status));
		}
	}

	OrganisationId organisationId() {
		return new OrganisationId(organisationId);
	}

	TrialLicenceView view(Instant now, String key) {
		TrialLicenceStatus shown = status == TrialLicenceStatus.ISSUED && !now.isBefore(expiresAt)
				? TrialLicenceStatus.EXPIRED : status;
		return new TrialLicenceView(new TrialLicenceId(id), organisationId(), product, purpose, durationDays, shown, true,
				requestedAt, expiresAt, keyHint, key);
	}
}
