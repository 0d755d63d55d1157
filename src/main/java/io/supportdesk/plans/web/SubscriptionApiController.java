package io.supportdesk.plans.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.plans.Entitlement;
import io.supportdesk.plans.EntitlementCheck;
import io.supportdesk.plans.Entitlements;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.SubscriptionId;
import io.supportdesk.plans.SubscriptionManagement;
import io.supportdesk.plans.SubscriptionView;
import io.supportdesk.plans.TamManagement;
import io.supportdesk.plans.TamView;
import io.supportdesk.shared.NotFound;

/**
 * An organisation's programme: subscriptions (record, upgrade, renew), entitlements at an instant,
 * and its TAM — {@code /api/organisations/{organisationId}/…}.
 */
@RestController
@RequestMapping("/api/organisations/{organisationId}")
class SubscriptionApiController {

	private final SubscriptionManagement subscriptions;

	private final EntitlementCheck entitlements;

	private final TamManagement tams;

	private final AccountManagement accounts;

	private final Clock clock;

	SubscriptionApiController(SubscriptionManagement subscriptions, EntitlementCheck entitlements, TamManagement tams,
			AccountManagement accounts, Clock clock) {
		this.subscriptions = subscriptions;
		this.entitlements = entitlements;
		this.tams = tams;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/subscriptions")
	List<SubscriptionView> subscriptions(CurrentUser me, @PathVariable String organisationId) {
		return subscriptions.subscriptions(me, organisation(organisationId));
	}

	/** Records a licence bought with a plan; the start may lie in the past. */
	@PostMapping("/subscriptions")
	ResponseEntity<Map<String, Object>> record(CurrentUser me, @PathVariable String organisationId,
			@Valid @RequestBody PlanRequests.SubscriptionBody body) {
		SubscriptionId id = subscriptions.record(me, organisation(organisationId), PlanCode.parse(body.plan(), "plan"),
				body.product(), body.start(), body.end());
		return ResponseEntity.created(URI.create("/api/organisations/" + organisationId + "/subscriptions/" + id))
			.body(Map.of("id", id));
	}

	@PostMapping("/subscriptions/{subscriptionId}/upgrade")
	SubscriptionView upgrade(CurrentUser me, @PathVariable String organisationId, @PathVariable String subscriptionId,
			@Valid @RequestBody PlanRequests.UpgradeBody body) {
		return subscriptions.upgrade(me, organisation(organisationId), SubscriptionId.parse(subscriptionId, "subscriptionId"),
				PlanCode.parse(body.plan(), "plan"), body.effectiveFrom());
	}

	@PostMapping("/subscriptions/{subscriptionId}/renew")
	SubscriptionView renew(CurrentUser me, @PathVariable String organisationId, @PathVariable String subscriptionId,
			@Valid @RequestBody PlanRequests.RenewBody body) {
		return subscriptions.renew(me, organisation(organisationId), SubscriptionId.parse(subscriptionId, "subscriptionId"),
				body.end());
	}

	/**
	 * What the organisation is entitled to at {@code at} (default: now). With {@code require=LIVE_CHAT}
	 * it answers 403, saying why, unless that entitlement is granted.
	 */
	@GetMapping("/entitlements")
	Map<String, Object> entitlements(CurrentUser me, @PathVariable String organisationId,
			@RequestParam(required = false) Instant at, @RequestParam(required = false) Entitlement require) {
		OrganisationId organisation = organisation(organisationId);
		accounts.organisation(me, organisation);
		Entitlements granted = entitlements.of(organisation, at == null ? clock.instant() : at);
		if (require != null) {
			granted.require(require);
		}
		return PlanJson.entitlements(granted);
	}

	@GetMapping("/tam")
	TamView tam(CurrentUser me, @PathVariable String organisationId) {
		return tams.tamOf(me, organisation(organisationId)).orElseThrow(() -> new NotFound("refusal.notFound.tam"));
	}

	@PutMapping("/tam")
	TamView assignTam(CurrentUser me, @PathVariable String organisationId, @Valid @RequestBody PlanRequests.TamBody body) {
		return tams.assign(me, organisation(organisationId), body.tamId());
	}

	private static OrganisationId organisation(String id) {
		return OrganisationId.parse(id, "organisationId");
	}
}
