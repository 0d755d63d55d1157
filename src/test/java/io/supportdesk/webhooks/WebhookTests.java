package io.supportdesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Webhooks against a real HTTP receiver on localhost (the test allows private addresses): what an
 * endpoint hears, signed as Standard Webhooks publishes it; whose events reach whom; retries, disabling
 * and enabling again.
 */
@SupportdeskTest
class WebhookTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WebhookSender sender;

	@Autowired
	WebhookSettings settings;

	@Autowired
	com.github.kagkarlsson.scheduler.Scheduler scheduler;

	HttpServer receiver;

	final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();

	final AtomicInteger answer = new AtomicInteger(204);

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body));
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
		// no endpoint of this test calls a receiver that is gone
		jdbc.sql("delete from webhooks_endpoint where url like :url").param("url", url("%")).update();
	}

	@Test
	void aManagersEndpointHearsEveryOrganisationsNewCasesSignedTheStandardWebhooksWay() throws Exception {
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		Http.Response created = manager.post("/api/webhooks", Map.of("url", url("/desk"), "events", List.of("case.opened")));
		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(manager.get("/api/webhooks/" + created.json().get("id").asString()).body()).doesNotContain(secret);
		AccountFixtures.Tenant tenant = premierTenant();

		String caseId = openCase(tenant, "Exam room offline");

		Call call = next("/desk");
		assertThat(call.id()).startsWith("msg_");
		// the published algorithm, written here independently: base64 HMAC-SHA256 over id.timestamp.body,
		// keyed with the base64-decoded secret after "whsec_"
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String expected = "v1," + Base64.getEncoder().encodeToString(
				mac.doFinal((call.id() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
		assertThat(call.signature()).isEqualTo(expected);
		assertThat(Math.abs(Long.parseLong(call.timestamp()) - clock.instant().getEpochSecond())).isLessThan(60);
		JsonNode payload = JSON.readTree(call.body());
		assertThat(payload.get("type").asString()).isEqualTo("case.opened");
		assertThat(payload.get("data").get("caseId").asString()).isEqualTo(caseId);
		assertThat(payload.get("data").get("subject").asString()).isEqualTo("Exam room offline");
		assertThat(payload.get("data").get("organisationId").asString()).isEqualTo(tenant.id().value().toString());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				manager.get("/api/webhooks/" + created.json().get("id").asString() + "/deliveries").json().get(0).get("state")
					.asString()).isEqualTo("SENT"));
	}

	@Test
	void aCustomerAdminsEndpointHearsOnlyTheirOrganisationAndNoStaffOnlyEvent() throws Exception {
		AccountFixtures.Tenant mine = premierTenant();
		AccountFixtures.Tenant other = premierTenant();
		Http admin = Http.basic(port, mine.adminEmail(), AccountFixtures.PASSWORD);
		Http.Response staffOnly = admin.post("/api/webhooks", Map.of("url", url("/mine"), "events", List.of("case.opened", "sla.warning")));
		assertThat(staffOnly.status()).isEqualTo(400);
		assertThat(staffOnly.body()).contains("events[1]");
		Http.Response created = admin.post("/api/webhooks", Map.of("url", url("/mine"), "events", List.of("*")));
		assertThat(created.status()).isEqualTo(201);
		String endpoint = created.json().get("id").asString();

		openCase(other, "Not yours");
		String ours = openCase(mine, "Ours");

		Call call = next("/mine");
		assertThat(JSON.readTree(call.body()).get("data").get("caseId").asString()).isEqualTo(ours);
		assertThat(calls.poll(2, TimeUnit.SECONDS)).as("nothing of the other organisation").isNull();
		// another organisation's admin, and a customer user, learn nothing of the endpoint
		assertThat(Http.basic(port, other.adminEmail(), AccountFixtures.PASSWORD).get("/api/webhooks/" + endpoint).status())
			.isEqualTo(404);
		assertThat(Http.basic(port, mine.userEmail(), AccountFixtures.PASSWORD).get("/api/webhooks").status()).isEqualTo(403);
	}

	@Test
	void aFailingEndpointIsTriedWithDoublingWaitsThenDisabledWithItsOwnerToldAndDeliversOnceEnabledAgain() throws Exception {
		answer.set(500);
		AccountFixtures.Staff owner = accounts.staff(Role.MANAGER);
		Http manager = Http.basic(port, owner.email(), AccountFixtures.PASSWORD);
		String endpoint = manager.post("/api/webhooks", Map.of("url", url("/failing"), "events", List.of("case.opened")))
			.json().get("id").asString();
		// this test is the only sender: every attempt below is one call of sendDue
		scheduler.pause();
		try {
			openCase(premierTenant(), "Retried");
			await().atMost(Duration.ofSeconds(10)).until(() -> !deliveries(endpoint).isEmpty());
			sender.sendDue();
			next("/failing");
			JsonNode first = delivery(endpoint);
			assertThat(first.path("attempts").asInt()).isEqualTo(1);
			assertThat(first.path("lastStatus").asInt()).isEqualTo(500);
			assertThat(first.path("state").asString()).isEqualTo("QUEUED");
			// attempt n waits 10 s × 2^(n-1) for the next: the first retry is due 10 s after the first attempt
			assertThat(Duration.between(java.time.Instant.parse(first.get("createdAt").asString()),
					java.time.Instant.parse(first.get("nextAttemptAt").asString())))
				.isBetween(settings.retryBackoff(), settings.retryBackoff().plusSeconds(5));
			assertThat(sender.sendDue()).as("not due before its wait").isZero();
			assertThat(delivery(endpoint).path("attempts").asInt()).isEqualTo(1);

			for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
				clock.advance(settings.retryBackoff().multipliedBy(1L << (attempt - 2)).plusSeconds(1));
				sender.sendDue();
				assertThat(delivery(endpoint).path("attempts").asInt()).isEqualTo(attempt);
			}

			assertThat(delivery(endpoint).path("state").asString()).isEqualTo("FAILED");
			JsonNode disabled = manager.get("/api/webhooks/" + endpoint).json();
			assertThat(disabled.get("enabled").asBoolean()).isFalse();
			assertThat(disabled.get("disabledReason").asString()).contains("HTTP 500");
			assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to and kind = 'WEBHOOK_DISABLED'")
				.param("to", owner.email()).query(Integer.class).single()).isEqualTo(1);

			answer.set(204);
			calls.clear();
			assertThat(manager.post("/api/webhooks/" + endpoint + "/enable", Map.of()).json().get("enabled").asBoolean())
				.isTrue();
			assertThat(sender.sendDue()).isEqualTo(1);
			next("/failing");
			assertThat(delivery(endpoint).path("state").asString()).isEqualTo("SENT");
		}
		finally {
			scheduler.resume();
		}
	}

	@Test
	void refusedInputIsNamedAndNothingIsStored() {
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		int before = jdbc.sql("select count(*) from webhooks_endpoint").query(Integer.class).single();

		assertThat(manager.post("/api/webhooks", Map.of("url", "ftp://example.com/x", "events", List.of("*"))).body())
			.contains("url");
		assertThat(manager.post("/api/webhooks", Map.of("url", url("/x"), "events", List.of())).status()).isEqualTo(400);
		assertThat(manager.post("/api/webhooks", Map.of("url", url("/x"), "events", List.of("case.exploded"))).body())
			.contains("events[0]").contains("case.exploded");
		assertThat(manager.get("/api/webhooks/not-an-id").status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from webhooks_endpoint").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void theSameEventRecordedTwiceIsOneDelivery() {
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		String endpoint = manager.post("/api/webhooks", Map.of("url", url("/twice"), "events", List.of("*"))).json()
			.get("id").asString();
		org.springframework.transaction.support.TransactionTemplate transactions = new org.springframework.transaction.support.TransactionTemplate(
				transactionManager);
		java.time.Instant at = clock.instant();
		int first = transactions.execute(s -> outbox.record(WebhookEventType.CASE_CLOSED, null, "case-x:" + at, at, Map.of()));
		int again = transactions.execute(s -> outbox.record(WebhookEventType.CASE_CLOSED, null, "case-x:" + at, at, Map.of()));

		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(again).isZero();
		assertThat(jdbc.sql("select count(*) from webhooks_delivery where endpoint_id = cast(:id as uuid)").param("id", endpoint)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Autowired
	WebhookOutbox outbox;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	private JsonNode delivery(String endpoint) {
		return deliveries(endpoint).path(0);
	}

	private JsonNode deliveries(String endpoint) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select state, attempts, last_status as "lastStatus", created_at as "createdAt", next_attempt_at as "nextAttemptAt"
				from webhooks_delivery where endpoint_id = cast(:id as uuid) order by created_at desc""")
			.param("id", endpoint).query().listOfRows();
		return JSON.valueToTree(rows.stream().map(row -> {
			Map<String, Object> out = new java.util.LinkedHashMap<>(row);
			out.replaceAll((k, v) -> v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v);
			return out;
		}).toList());
	}

	private AccountFixtures.Tenant premierTenant() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		return tenant;
	}

	private String openCase(AccountFixtures.Tenant tenant, String subject) {
		Http.Response opened = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", subject, "description", "x", "severity", 3));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
	}

	/** The next call to this path, within 15 s (the sender runs every 2 s). */
	private Call next(String path) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < deadline) {
			Call call = calls.poll(500, TimeUnit.MILLISECONDS);
			if (call != null && call.path().equals(path)) {
				return call;
			}
		}
		throw new AssertionError("no call to " + path);
	}

	record Call(String path, String id, String timestamp, String signature, String body) {
	}
}
