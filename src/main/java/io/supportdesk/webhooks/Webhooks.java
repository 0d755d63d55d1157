package io.supportdesk.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.accounts.Role;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/**
 * The webhooks API. Managers (and admins) register staff endpoints, which receive every
 * organisation's events; a customer admin registers their organisation's, which receive its events
 * only and none of the staff-only types ({@link WebhookEventType#staffOnly()}). Owners list, read,
 * delete, re-enable and test their endpoints and read their deliveries; anybody else's endpoint
 * answers 404, a role without webhooks 403.
 */
@Service
@Transactional
public class Webhooks {

	/** At most this many endpoints per organisation, and as many staff ones. */
	static final int MAX_ENDPOINTS = 20;

	private final JdbcClient jdbc;

	private final WebhookAddresses addresses;

	private final WebhookOutbox outbox;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, WebhookAddresses addresses, WebhookOutbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.addresses = addresses;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Registers an endpoint for the actor's scope (staff: every organisation; a customer admin: their
	 * organisation). Refused naming {@code url} (not http(s), not public, unknown host) or
	 * {@code events} (none, unknown, staff-only for a customer) or {@code description} (over 200).
	 */
	public CreatedWebhook create(CurrentUser actor, NewWebhook webhook) {
		OrganisationId scope = scopeOf(actor);
		List<String> events = events(actor, webhook.events());
		String url = addresses.check(webhook.url()).toString();
		String description = webhook.description() == null || webhook.description().isBlank() ? null
				: webhook.description().strip();
		if (description != null && description.length() > 200) {
			throw new InvalidInput("description", "refusal.webhooks.description.tooLong", 200);
		}
		int existing = jdbc.sql("select count(*) from webhooks_endpoint where organisation_id is not distinct from :org")
			.param("org", scope == null ? null : scope.value()).query(Integer.class).single();
		if (existing >= MAX_ENDPOINTS) {
			throw new InvalidInput("url", "refusal.webhooks.tooMany", MAX_ENDPOINTS);
		}
		UUID id = UUID.randomUUID();
		String secret = WebhookSignature.newSecret();
		jdbc.sql("""
				insert into webhooks_endpoint (id, organisation_id, url, description, events, secret, enabled, created_by, created_at)
				values (:id, :org, :url, :description, :events, :secret, true, :by, :now)""")
			.param("id", id).param("org", scope == null ? null : scope.value()).param("url", url)
			.param("description", description).param("events", String.join(",", events)).param("secret", secret)
			.param("by", actor.id().value()).param("now", Timestamp.from(clock.instant())).update();
		return new CreatedWebhook(endpoint(actor, id), secret);
	}

	/** The actor's endpoints (staff: the staff endpoints; a customer admin: their organisation's), newest first. */
	@Transactional(readOnly = true)
	public List<WebhookEndpoint> endpoints(CurrentUser actor) {
		OrganisationId scope = scopeOf(actor);
		return jdbc.sql("select * from webhooks_endpoint where organisation_id is not distinct from :org order by created_at desc")
			.param("org", scope == null ? null : scope.value()).query(Webhooks::endpoint).list();
	}

	/** One of the actor's endpoints; 404 for any other. */
	@Transactional(readOnly = true)
	public WebhookEndpoint endpoint(CurrentUser actor, UUID id) {
		OrganisationId scope = scopeOf(actor);
		return jdbc.sql("select * from webhooks_endpoint where id = :id and organisation_id is not distinct from :org")
			.param("id", id).param("org", scope == null ? null : scope.value()).query(Webhooks::endpoint).optional()
			.orElseThrow(() -> new NotFound("refusal.notFound.webhook"));
	}

	/** Deletes one of the actor's endpoints with its delivery log. */
	public void delete(CurrentUser actor, UUID id) {
		endpoint(actor, id);
		jdbc.sql("delete from webhooks_endpoint where id = :id").param("id", id).update();
	}

	/** Enables a disabled endpoint again: what waited for it is delivered, failed deliveries are tried anew. */
	public WebhookEndpoint enable(CurrentUser actor, UUID id) {
		endpoint(actor, id);
		Instant now = clock.instant();
		jdbc.sql("update webhooks_endpoint set enabled = true, disabled_reason = null, disabled_at = null where id = :id")
			.param("id", id).update();
		jdbc.sql("""
				update webhooks_delivery set state = 'QUEUED', attempts = 0, next_attempt_at = :now, lease_until = null
				where endpoint_id = :id and state = 'FAILED'""").param("id", id).param("now", Timestamp.from(now)).update();
		return endpoint(actor, id);
	}

	/** Queues a {@code webhook.test} delivery to one of the actor's endpoints; returns it. */
	public WebhookDelivery test(CurrentUser actor, UUID id) {
		WebhookEndpoint endpoint = endpoint(actor, id);
		Instant now = clock.instant();
		UUID delivery = outbox.queue(endpoint.id(), WebhookEventType.WEBHOOK_TEST, "msg_" + UUID.randomUUID(), now,
				java.util.Map.of("endpointId", endpoint.id().toString(), "note", "A test call from Supportdesk."));
		return deliveryList("where id = :key", delivery, 1).get(0);
	}

	/** An endpoint's latest deliveries, newest first (at most {@code limit}, 1 to 200). */
	@Transactional(readOnly = true)
	public List<WebhookDelivery> deliveries(CurrentUser actor, UUID id, int limit) {
		endpoint(actor, id);
		return deliveryList("where endpoint_id = :key", id, Math.max(1, Math.min(limit, 200)));
	}

	private List<WebhookDelivery> deliveryList(String where, UUID key, int limit) {
		return jdbc.sql("""
				select id, event_type, message_id, state, attempts, last_status, last_error, created_at, next_attempt_at,
				  delivered_at from webhooks_delivery\s""" + where + " order by created_at desc, id limit :limit")
			.param("key", key).param("limit", limit)
			.query((r, n) -> new WebhookDelivery(r.getObject("id", UUID.class), r.getString("event_type"),
					r.getString("message_id"), r.getString("state"), r.getInt("attempts"),
					(Integer) r.getObject("last_status"), r.getString("last_error"), instant(r, "created_at"),
					instant(r, "next_attempt_at"), instant(r, "delivered_at")))
			.list();
	}

	/** The event types the actor may subscribe to. */
	public List<WebhookEventType> subscribable(CurrentUser actor) {
		boolean staff = scopeOf(actor) == null;
		return Arrays.stream(WebhookEventType.values()).filter(WebhookEventType::subscribable)
			.filter(type -> staff || !type.staffOnly()).toList();
	}

	/** Whether the actor has webhooks at all (managers, admins, customer admins). */
	public boolean mayManage(CurrentUser actor) {
		return actor.isStaff() ? actor.has(Role.MANAGER) : actor.has(Role.CUSTOMER_ADMIN);
	}

	private List<String> events(CurrentUser actor, List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			throw new InvalidInput("events", "refusal.webhooks.events.none");
		}
		Set<String> events = new LinkedHashSet<>();
		List<WebhookEventType> allowed = subscribable(actor);
		for (int i = 0; i < requested.size(); i++) {
			String name = requested.get(i) == null ? "" : requested.get(i).strip();
			if (name.equals("*")) {
				return List.of("*");
			}
			int index = i;
			WebhookEventType type = WebhookEventType.ofDotted(name).filter(allowed::contains)
				.orElseThrow(() -> new InvalidInput("events[" + index + "]", "refusal.webhooks.events.unknown",
						name.length() > 60 ? name.substring(0, 60) + "…" : name));
			events.add(type.dotted());
		}
		return new ArrayList<>(events);
	}

	/** Null for a staff member's scope (every organisation), else the customer admin's organisation. */
	private OrganisationId scopeOf(CurrentUser actor) {
		if (!mayManage(actor)) {
			throw new AccessDeniedException("Managers and customer admins manage webhooks");
		}
		return actor.isStaff() ? null : actor.organisationId();
	}

	static WebhookEndpoint endpoint(ResultSet row, int n) throws SQLException {
		UUID organisation = row.getObject("organisation_id", UUID.class);
		return new WebhookEndpoint(row.getObject("id", UUID.class), organisation == null ? null : new OrganisationId(organisation),
				row.getString("url"), row.getString("description"), List.of(row.getString("events").split(",")),
				row.getBoolean("enabled"), row.getString("disabled_reason"), instant(row, "disabled_at"),
				instant(row, "created_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp at = row.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
