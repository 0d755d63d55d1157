package io.supportdesk.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.OrganisationDomains;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.OrganisationSummary;
import io.supportdesk.accounts.UserId;
import io.supportdesk.accounts.UserSummary;

/** Organisations and their users: {@code /api/organisations}. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationApiController {

	private final AccountManagement accounts;

	private final OrganisationDomains domains;

	OrganisationApiController(AccountManagement accounts, OrganisationDomains domains) {
		this.accounts = accounts;
		this.domains = domains;
	}

	/** The organisation's verified mail domains. */
	@GetMapping("/{organisationId}/domains")
	List<String> domains(CurrentUser me, @PathVariable String organisationId) {
		return domains.of(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	/**
	 * Replaces the organisation's verified mail domains (support managers), e.g.
	 * {@code {"domains": ["acme.example"]}}: mail from an unknown address in one of them makes a new
	 * customer user of this organisation. Answers the domains as stored (lower case, sorted).
	 */
	@PutMapping("/{organisationId}/domains")
	List<String> replaceDomains(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody AccountRequests.ReplaceDomains body) {
		return domains.replace(me, OrganisationId.parse(organisationId, "organisationId"), body.domains());
	}

	/** Staff: all organisations; customers: their own. */
	@GetMapping
	List<OrganisationSummary> organisations(CurrentUser me) {
		return accounts.organisations(me);
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(CurrentUser me,
			@Valid @RequestBody AccountRequests.CreateOrganisation request) {
		OrganisationId id = accounts.createOrganisation(me, request.name(), request.zone());
		return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/{organisationId}")
	OrganisationSummary organisation(CurrentUser me, @PathVariable String organisationId) {
		return accounts.organisation(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@GetMapping("/{organisationId}/users")
	List<UserSummary> users(CurrentUser me, @PathVariable String organisationId) {
		return accounts.users(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@PostMapping("/{organisationId}/users")
	ResponseEntity<Map<String, Object>> addUser(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody AccountRequests.CreateUser request) {
		UserId id = accounts.addUser(me, OrganisationId.parse(organisationId, "organisationId"), request.toNewUser());
		return ResponseEntity.created(URI.create("/api/users/" + id)).body(Map.of("id", id));
	}
}
