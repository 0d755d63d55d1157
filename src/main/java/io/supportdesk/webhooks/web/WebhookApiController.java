package io.supportdesk.webhooks.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.webhooks.CreatedWebhook;
import io.supportdesk.webhooks.NewWebhook;
import io.supportdesk.webhooks.WebhookDelivery;
import io.supportdesk.webhooks.WebhookEndpoint;
import io.supportdesk.webhooks.Webhooks;

/** Webhook endpoints and their delivery logs, for managers (every organisation) and customer admins (their own). */
@RestController
@Tag(name = "Webhooks", description = "Outbound webhooks for case and SLA events, signed the Standard Webhooks way")
class WebhookApiController {

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/webhooks")
	@Operation(summary = "Registers an endpoint", description = "Managers (every organisation's events) and customer "
			+ "admins (their organisation's). `events`: dotted names such as `case.opened`, `sla.breached`, or `*`. "
			+ "The answer carries the signing `secret` (`whsec_…`) this once. A URL that is not http(s) or whose "
			+ "host is not a public address is refused (400).")
	ResponseEntity<Created> create(CurrentUser me, @RequestBody NewWebhook body) {
		CreatedWebhook created = webhooks.create(me, body == null ? new NewWebhook(null, null, null) : body);
		return ResponseEntity.created(URI.create("/api/webhooks/" + created.endpoint().id()))
			.body(Created.of(created));
	}

	@GetMapping("/api/webhooks")
	@Operation(summary = "The caller's endpoints, newest first", description = "Never with their secrets.")
	List<WebhookEndpoint> list(CurrentUser me) {
		return webhooks.endpoints(me);
	}

	@GetMapping("/api/webhooks/{webhookId}")
	@Operation(summary = "One endpoint", description = "404 for another organisation's endpoint.")
	WebhookEndpoint get(CurrentUser me, @PathVariable String webhookId) {
		return webhooks.endpoint(me, id(webhookId));
	}

	@DeleteMapping("/api/webhooks/{webhookId}")
	@Operation(summary = "Deletes an endpoint with its delivery log")
	ResponseEntity<Void> delete(CurrentUser me, @PathVariable String webhookId) {
		webhooks.delete(me, id(webhookId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/webhooks/{webhookId}/enable")
	@Operation(summary = "Enables a disabled endpoint again", description = "What waited for it is delivered; "
			+ "failed deliveries are tried anew.")
	WebhookEndpoint enable(CurrentUser me, @PathVariable String webhookId) {
		return webhooks.enable(me, id(webhookId));
	}

	@PostMapping("/api/webhooks/{webhookId}/test")
	@Operation(summary = "Queues a `webhook.test` delivery", description = "Sent within seconds; see the deliveries.")
	ResponseEntity<WebhookDelivery> test(CurrentUser me, @PathVariable String webhookId) {
		return ResponseEntity.accepted().body(webhooks.test(me, id(webhookId)));
	}

	@GetMapping("/api/webhooks/{webhookId}/deliveries")
	@Operation(summary = "The endpoint's latest deliveries, newest first", description = "State (QUEUED, SENT, "
			+ "FAILED), attempts, the last response's status and error. `limit`: 1 to 200, 50 by default.")
	List<WebhookDelivery> deliveries(CurrentUser me, @PathVariable String webhookId,
			@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw new InvalidInput("limit", "refusal.webhooks.limit", 1, 200);
		}
		return webhooks.deliveries(me, id(webhookId), limit);
	}

	private static UUID id(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput("webhookId", "refusal.id.invalid");
		}
	}

	/** A new endpoint with its secret, shown once. */
	record Created(UUID id, String url, String description, List<String> events, boolean enabled,
			java.time.Instant createdAt, String secret) {

		static Created of(CreatedWebhook created) {
			WebhookEndpoint endpoint = created.endpoint();
			return new Created(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.events(), endpoint.enabled(),
					endpoint.createdAt(), created.secret());
		}
	}
}
