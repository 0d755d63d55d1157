package io.supportdesk.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.supportdesk.accounts.AccountManagement;
import io.supportdesk.accounts.UserId;
import io.supportdesk.mail.MailKind;
import io.supportdesk.mail.MailOutbox;
import io.supportdesk.mail.OutboundMail;
import io.supportdesk.shared.Refused;

/**
 * Sends due deliveries, up to 50 at a time and concurrently, each POSTed with the Standard Webhooks
 * headers ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). A batch is
 * claimed first (a lease of two minutes, rows picked {@code FOR UPDATE SKIP LOCKED} and committed), so
 * no transaction waits on the network and two instances never send the same delivery at once; a
 * crash while sending leaves the lease to run out and the delivery is sent again, with the same
 * {@code webhook-id}. A 2xx answer is success; anything else (another status, no answer within the
 * timeout, an address no longer public) is tried again after a wait that doubles each time, until
 * {@link WebhookSettings#maxAttempts()}: then the delivery is FAILED, its endpoint disabled and its
 * owner told by mail. Redirects are not followed.
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	static final int BATCH = 50;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final WebhookSettings settings;

	private final WebhookAddresses addresses;

	private final TransactionTemplate transactions;

	private final MailOutbox mail;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final HttpClient http;

	WebhookSender(JdbcClient jdbc, WebhookSettings settings, WebhookAddresses addresses, TransactionTemplate transactions,
			MailOutbox mail, AccountManagement accounts, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.addresses = addresses;
		this.transactions = transactions;
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends what is due now, batch after batch; returns how many deliveries were answered 2xx. */
	int sendDue() {
		int sent = 0;
		while (true) {
			List<Claimed> batch = transactions.execute(status -> claim());
			if (batch == null || batch.isEmpty()) {
				return sent;
			}
			List<CompletableFuture<Outcome>> calls = new ArrayList<>();
			for (Claimed delivery : batch) {
				calls.add(send(delivery));
			}
			for (int i = 0; i < batch.size(); i++) {
				Claimed delivery = batch.get(i);
				Outcome outcome = calls.get(i).join();
				transactions.executeWithoutResult(status -> settle(delivery, outcome));
				sent += outcome.success() ? 1 : 0;
			}
			if (batch.size() < BATCH) {
				return sent;
			}
		}
	}

	private List<Claimed> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update webhooks_delivery d set lease_until = :lease, attempts = d.attempts + 1
				from webhooks_endpoint e
				where d.endpoint_id = e.id and d.id in (
				  select d2.id from webhooks_delivery d2 join webhooks_endpoint e2 on e2.id = d2.endpoint_id
				  where d2.state = 'QUEUED' and e2.enabled and d2.next_attempt_at <= :now
				    and (d2.lease_until is null or d2.lease_until < :now)
				  order by d2.next_attempt_at limit :batch for update of d2 skip locked)
				returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts, e.url, e.secret""")
			.param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(LEASE))).param("batch", BATCH)
			.query((r, n) -> new Claimed(r.getObject("id", UUID.class), r.getObject("endpoint_id", UUID.class),
					r.getString("message_id"), r.getString("payload"), r.getInt("attempts"), r.getString("url"),
					r.getString("secret")))
			.list();
	}

	private CompletableFuture<Outcome> send(Claimed delivery) {
		URI target;
		try {
			target = addresses.check(delivery.url());
		}
		catch (Refused notPublic) {
			return CompletableFuture.completedFuture(new Outcome(false, null, "address not allowed: " + delivery.url()));
		}
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Supportdesk-Webhooks/1")
			.header("webhook-id", delivery.messageId())
			.header("webhook-timestamp", String.valueOf(timestamp))
			.header("webhook-signature", WebhookSignature.sign(delivery.secret(), delivery.messageId(), timestamp, delivery.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.thenApply(response -> new Outcome(response.statusCode() / 100 == 2, response.statusCode(),
					response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()))
			.exceptionally(failed -> new Outcome(false, null, cut(String.valueOf(
					failed.getCause() != null ? failed.getCause() : failed))));
	}

	private void settle(Claimed delivery, Outcome outcome) {
		Instant now = clock.instant();
		if (outcome.success()) {
			jdbc.sql("""
					update webhooks_delivery set state = 'SENT', delivered_at = :now, last_status = :status,
					  last_error = null, lease_until = null, next_attempt_at = null where id = :id""")
				.param("now", Timestamp.from(now)).param("status", outcome.status()).param("id", delivery.id()).update();
			return;
		}
		if (delivery.attempts() < settings.maxAttempts()) {
			Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(delivery.attempts() - 1, 20));
			jdbc.sql("""
					update webhooks_delivery set last_status = :status, last_error = :error, lease_until = null,
					  next_attempt_at = :next where id = :id""")
				.param("status", outcome.status()).param("error", outcome.error())
				.param("next", Timestamp.from(now.plus(wait))).param("id", delivery.id()).update();
			return;
		}
		jdbc.sql("""
				update webhooks_delivery set state = 'FAILED', last_status = :status, last_error = :error, lease_until = null,
				  next_attempt_at = null where id = :id""")
			.param("status", outcome.status()).param("error", outcome.error()).param("id", delivery.id()).update();
		String reason = cut("delivery " + delivery.messageId() + " failed " + delivery.attempts() + " times: " + outcome.error());
		int disabled = jdbc.sql("""
				update webhooks_endpoint set enabled = false, disabled_reason = :reason, disabled_at = :now
				where id = :id and enabled""")
			.param("reason", reason).param("now", Timestamp.from(now)).param("id", delivery.endpointId()).update();
		if (disabled == 1) {
			log.warn("Webhook endpoint {} ({}) disabled: {}", delivery.endpointId(), delivery.url(), reason);
			tellOwner(delivery, reason);
		}
	}

	/** Mails the endpoint's creator that it was disabled and why, in their language. */
	private void tellOwner(Claimed delivery, String reason) {
		UUID owner = jdbc.sql("select created_by from webhooks_endpoint where id = :id").param("id", delivery.endpointId())
			.query(UUID.class).single();
		accounts.findUser(new UserId(owner)).filter(user -> user.enabled()).ifPresent(user -> {
			Locale locale = user.language().locale();
			String text = messages.getMessage("webhooks.mail.disabled.text",
					new Object[] { user.name(), delivery.url(), reason }, locale);
			mail.enqueue(new OutboundMail("webhook-disabled:" + delivery.endpointId() + ":" + delivery.messageId(),
					user.email(), null, MailKind.WEBHOOK_DISABLED,
					messages.getMessage("webhooks.mail.disabled.subject", new Object[] { delivery.url() }, locale), text,
					null));
		});
	}

	private static String cut(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

	private record Claimed(UUID id, UUID endpointId, String messageId, String payload, int attempts, String url,
			String secret) {
	}

	private record Outcome(boolean success, Integer status, String error) {
	}
}
