package io.supportdesk.plans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.NotFound;

/**
 * Paid add-ons (training, consulting, customisation, implementation): customer admins request them;
 * operations quotes, schedules and delivers them, or declines with a reason.
 */
@Service
@Transactional
public class AddOnManagement {

	private final AddOnRequests requests;

	private final AccountManagement accounts;

	private final Clock clock;

	AddOnManagement(AddOnRequests requests, AccountManagement accounts, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A customer admin (or staff on their behalf) requests a paid service. */
	public AddOnId request(CurrentUser actor, OrganisationId organisation, AddOnKind kind, String description) {
		accounts.organisation(actor, organisation);
		if (!actor.has(Role.CUSTOMER_ADMIN) && !actor.has(Role.OPERATIONS) && !actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only your organisation's administrators order paid services");
		}
		return requests.save(AddOnRequest.request(organisation, actor.id(), kind, description, clock.instant())).view().id();
	}

	@Transactional(readOnly = true)
	public List<AddOnView> requests(CurrentUser actor, OrganisationId organisation) {
		accounts.organisation(actor, organisation);
		return requests.findByOrganisation(organisation.value()).stream().map(AddOnRequest::view).toList();
	}

	/** Requests not yet delivered or declined, oldest first (staff). */
	@Transactional(readOnly = true)
	public List<AddOnView> open(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Staff only");
		}
		return requests.findOpen().stream().map(AddOnRequest::view).toList();
	}

	@Transactional(readOnly = true)
	public AddOnView request(CurrentUser actor, AddOnId id) {
		return load(actor, id).view();
	}

	public AddOnView quote(CurrentUser actor, AddOnId id, BigDecimal amount, String currency, int hours) {
		return change(actor, id, r -> r.quote(amount, currency.toUpperCase(java.util.Locale.ROOT), hours, clock.instant()));
	}

	public AddOnView schedule(CurrentUser actor, AddOnId id, LocalDate date) {
		return change(actor, id, r -> r.schedule(date, clock.instant()));
	}

	public AddOnView deliver(CurrentUser actor, AddOnId id) {
		return change(actor, id, r -> r.deliver(clock.instant()));
	}

	public AddOnView decline(CurrentUser actor, AddOnId id, String reason) {
		return change(actor, id, r -> r.decline(reason, clock.instant()));
	}

	/** Which organisation a request belongs to (for tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID id) {
		return Optional.ofNullable(requests.findOrganisationOf(id)).map(OrganisationId::new);
	}

	private AddOnView change(CurrentUser actor, AddOnId id, Consumer<AddOnRequest> transition) {
		if (!actor.has(Role.OPERATIONS) && !actor.has(Role.MANAGER)) {
			throw new AccessDeniedException("Only operations move paid add-on requests on");
		}
		AddOnRequest request = load(actor, id);
		transition.accept(request);
		return requests.save(request).view();
	}

	private AddOnRequest load(CurrentUser actor, AddOnId id) {
		return requests.findById(id.value()).filter(r -> actor.maySee(r.organisationId()))
			.orElseThrow(() -> new NotFound("refusal.notFound.addOnRequest"));
	}
}
