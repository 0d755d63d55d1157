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
import io.supportdesk.plans.AddOnId;
import io.supportdesk.plans.AddOnManagement;
import io.supportdesk.plans.AddOnView;

/** Paid add-ons: customer admins request, operations quote, schedule, deliver or decline. */
@RestController
class AddOnApiController {

	private final AddOnManagement addOns;

	AddOnApiController(AddOnManagement addOns) {
		this.addOns = addOns;
	}

	@GetMapping("/api/organisations/{organisationId}/addons")
	List<AddOnView> requests(CurrentUser me, @PathVariable String organisationId) {
		return addOns.requests(me, OrganisationId.parse(organisationId, "organisationId"));
	}

	@PostMapping("/api/organisations/{organisationId}/addons")
	ResponseEntity<Map<String, Object>> request(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody PlanRequests.AddOnBody body) {
		AddOnId id = addOns.request(me, OrganisationId.parse(organisationId, "organisationId"), body.kind(),
				body.description());
		return ResponseEntity.created(URI.create("/api/addons/" + id)).body(Map.of("id", id));
	}

	/** Requests not yet delivered or declined (staff). */
	@GetMapping("/api/addons")
	List<AddOnView> open(CurrentUser me) {
		return addOns.open(me);
	}

	@GetMapping("/api/addons/{addOnId}")
	AddOnView addOn(CurrentUser me, @PathVariable String addOnId) {
		return addOns.request(me, id(addOnId));
	}

	@PostMapping("/api/addons/{addOnId}/quote")
	AddOnView quote(CurrentUser me, @PathVariable String addOnId, @Valid @RequestBody PlanRequests.QuoteBody body) {
		return addOns.quote(me, id(addOnId), body.amount(), body.currency(), body.hours());
	}

	@PostMapping("/api/addons/{addOnId}/schedule")
	AddOnView schedule(CurrentUser me, @PathVariable String addOnId, @Valid @RequestBody PlanRequests.ScheduleBody body) {
		return addOns.schedule(me, id(addOnId), body.date());
	}

	@PostMapping("/api/addons/{addOnId}/deliver")
	AddOnView deliver(CurrentUser me, @PathVariable String addOnId) {
		return addOns.deliver(me, id(addOnId));
	}

	@PostMapping("/api/addons/{addOnId}/decline")
	AddOnView decline(CurrentUser me, @PathVariable String addOnId, @Valid @RequestBody PlanRequests.DeclineBody body) {
		return addOns.decline(me, id(addOnId), body.reason());
	}

	private static AddOnId id(String text) {
		return AddOnId.parse(text, "addOnId");
	}
}
