package io.supportdesk.plans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * Non-production trial licences: an entitled organisation's admin requests one (up to the plan's
 * limit, 90 days by default), an agent issues it; the key is random (100 bits), stored as a SHA-256
 * hash, and shown once to the requester.
 */
@Service
@Transactional
public class TrialLicenceManagement {

	/** The default duration of a trial licence request. */
	public static final int DEFAULT_DAYS = 90;

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final TrialLicences licences;

	private final EntitlementCheck entitlements;

	private final AccountManagement accounts;

	private final Clock clock;

	TrialLicenceManagement(TrialLicences licences, EntitlementCheck entitlements, AccountManagement accounts,
			Clock clock) {
		this.licences = licences;
		this.entitlements = entitlements;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A customer admin requests a licence; {@code days} null means the default. */
	public TrialLicenceId request(CurrentUser actor, OrganisationId organisation, String product, String purpose,
			Integer days) {
		accounts.organisation(actor, organisation);
		if (!actor.has(Role.CUSTOMER_ADMIN)) {
			throw new AccessDeniedException("Your organisation's administrators request trial licences");
		}
		Entitlements entitled = entitlements.now(organisation);
		entitled.require(Entitlement.TRIAL_LICENCE);
		int limit = entitled.plans().stream().mapToInt(Plan::trialLicenceMaxDays).max().orElse(0);
		int duration = days == null ? Math.min(DEFAULT_DAYS, limit) : days;
		if (duration < 1 || duration > limit) {
			throw new InvalidInput("days", "refusal.plans.trialLicence.days", limit);
		}
		return licences.save(TrialLicence.request(organisation, actor.id(), product, purpose, duration, clock.instant()))
			.view(clock.instant(), null).id();
	}

	/** An agent issues the licence and its key. */
	public TrialLicenceView issue(CurrentUser actor, TrialLicenceId id) {
		requireAgent(actor);
		TrialLicence licence = load(actor, id);
		String key = newKey();
		licence.issue(actor.id(), key, hash(key), clock.instant());
		return licences.save(licence).view(clock.instant(), null);
	}

	public TrialLicenceView decline(CurrentUser actor, TrialLicenceId id) {
		requireAgent(actor);
		TrialLicence licence = load(actor, id);
		licence.decline(actor.id(), clock.instant());
		return licences.save(licence).view(clock.instant(), null);
	}

	/** One licence; its requester sees the key the first time they look after it was issued. */
	public TrialLicenceView licence(CurrentUser actor, TrialLicenceId id) {
		TrialLicence licence = load(actor, id);
		String key = licence.revealOnceTo(actor.id());
		if (key != null) {
			licences.save(licence);
		}
		return licence.view(clock.instant(), key);
	}

	/** The organisation's licences, newest first; the requester's unseen keys are revealed here once. */
	public List<TrialLicenceView> licences(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		return licences.findByOrganisation(organisation.value()).stream().map(licence -> {
			String key = licence.revealOnceTo(actor.id());
			if (key != null) {
				licences.save(licence);
			}
			return licence.view(clock.instant(), key);
		}).toList();
	}

	/** Requests waiting for an agent, oldest first. */
	@Transactional(readOnly = true)
	public List<TrialLicenceView> waiting(CurrentUser actor) {
		requireAgent(actor);
		return licences.findRequested().stream().map(l -> l.view(clock.instant(), null)).toList();
	}

	/** Which organisation a licence belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return Optional.ofNullable(licences.findOrganisationOf(id)).map(OrganisationId::new);
	}

	private TrialLicence load(CurrentUser actor, TrialLicenceId id) {
		return licences.findById(id.value()).filter(l -> actor.maySee(l.organisationId()))
			.orElseThrow(() -> new NotFound("refusal.notFound.trialLicence"));
	}

	/** {@code NP-XXXXX-XXXXX-XXXXX-XXXXX}: 20 characters of a 32-letter alphabet, 100 random bits. */
	private String newKey() {
		StringBuilder key = new StringBuilder("NP");
		for (int i = 0; i < 20; i++) {
			key.append(i % 5 == 0 ? "-" : "").append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return key.toString();
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void requireAgent(CurrentUser actor) {
		if (!actor.has(Role.AGENT)) {
			throw new AccessDeniedException("Agents issue trial licences");
		}
	}
}
