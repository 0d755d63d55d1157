package io.supportdesk.plans.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.plans.TrialLicenceId;
import io.supportdesk.plans.TrialLicenceManagement;
import io.supportdesk.plans.TrialLicenceView;

/**
 * Non-production trial licences: entitled customer admins request, agents issue; the key is in the
 * requester's first look after issue, and never again.
 */
@RestController
class TrialLicenceApiController {

	private final TrialLicenceManagement licences;

	TrialLicenceApiController(TrialLicenceManagement licences) {
		this.licences = licences;
	}

	@GetMapping("/api/organisations/{organisationId}/trial-licences")
	List<TrialLicenceView> licences(CurrentUser me, @PathVariable String organisationId) {
		return licences.licences(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@PostMapping("/api/organisations/{organisationId}/trial-licences")
	ResponseEntity<Map<String, Object>> request(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody PlanRequests.TrialLicenceBody body) {
		TrialLicenceId id = licences.request(me, OrganisationId.parse(organisationId, "organisationId"), body.product(),
				body.purpose(), body.days());
		return ResponseEntity.created(URI.create("/api/trial-licences/" + id)).body(Map.of("id", id));
	}

	/** Requests waiting for an agent. */
	@GetMapping("/api/trial-licences")
	List<TrialLicenceView> waiting(CurrentUser me) {
		return licences.waiting(me);
	}

	@GetMapping("/api/trial-licences/{licenceId}")
	TrialLicenceView licence(CurrentUser me, @PathVariable String licenceId) {
		return licences.licence(me, id(licenceId));
	}

	@PostMapping("/api/trial-licences/{licenceId}/issue")
	TrialLicenceView issue(CurrentUser me, @PathVariable String licenceId) {
		return licences.issue(me, id(licenceId));
	}

	@PostMapping("/api/trial-licences/{licenceId}/decline")
	TrialLicenceView decline(CurrentUser me, @PathVariable String licenceId) {
		return licences.decline(me, id(licenceId));
	}

	private static TrialLicenceId id(String text) {
		return TrialLicenceId.parse(text, "licenceId");
	}
}
