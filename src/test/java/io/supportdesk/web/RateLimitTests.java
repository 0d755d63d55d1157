package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.SecondInstance;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;

/**
 * API rate limits, on an instance of their own with small limits (20 requests a minute per credential,
 * 40 per address; the suite's own instance has limits it never reaches): over a limit the API answers
 * 429 with Retry-After and a problem detail, does nothing of the request, and other credentials are
 * unaffected until the address's limit; the buckets are in PostgreSQL.
 */
@SupportdeskTest
class RateLimitTests {

	static SecondInstance limited;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void anInstanceWithSmallLimits() {
		limited = SecondInstance.start("rate-limited", "supportdesk.api.rate-limit.per-credential=20",
				"supportdesk.api.rate-limit.per-address=40");
	}

	@AfterAll
	static void stop() {
		limited.close();
	}

	@Test
	void theTwentyFirstRequestOfACredentialInAMinuteIsRefusedWith429AndRetryAfterAndDoesNothing() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		AccountFixtures.Tenant other = accounts.tenant();
		Http customer = Http.basic(port(), tenant.userEmail(), AccountFixtures.PASSWORD);
		// The bucket refills steadily, one request every 3 s (20 a minute): on a slow machine the first 20
		// requests may take longer than that, so a few more may pass. Requests go on until the first refusal;
		// what passed is 20 plus at most what the elapsed time refilled.
		long started = System.nanoTime();
		List<Integer> statuses = new ArrayList<>();
		while (statuses.size() < 80 && !statuses.contains(429)) {
			statuses.add(customer.get("/api/me/notifications").status());
		}
		double elapsedSeconds = (System.nanoTime() - started) / 1e9;
		List<Integer> passed = statuses.subList(0, statuses.indexOf(429) < 0 ? statuses.size() : statuses.indexOf(429));
		assertThat(passed).as("up to the limit").containsOnly(200);
		assertThat(passed.size()).as("the limit, plus what %.1f s refilled", elapsedSeconds)
			.isBetween(20, 20 + (int) (elapsedSeconds / 3) + 1);

		// right after a refusal the bucket is empty: a case is refused too, and not opened
		Http.Response refused = customer.post("/api/cases", Map.of("subject", "Over the limit", "description", "x",
				"severity", 3));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).satisfies(seconds -> assertThat(Long.parseLong(seconds))
			.isBetween(1L, 60L));
		assertThat(refused.json().get("type").asString()).endsWith("/rate-limited");
		assertThat(refused.json().get("detail").asString()).contains("20 requests a minute");
		assertThat(jdbc.sql("select count(*) from cases_case where subject = 'Over the limit'").query(Integer.class).single())
			.as("nothing of a refused request is done").isZero();

		assertThat(Http.basic(port(), other.userEmail(), AccountFixtures.PASSWORD).get("/api/me/notifications").status())
			.as("another credential has its own bucket").isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from web_rate_limit_bucket").query(Integer.class).single())
			.as("the buckets are in the database").isPositive();
	}

	@Test
	void anAddressOverItsLimitIsRefusedWhateverTheCredentials() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		// 40 a minute refills one request every 1.5 s: requests go on until the first refusal, which must come
		// after 40 plus at most what the elapsed time refilled
		long started = System.nanoTime();
		List<Integer> statuses = new ArrayList<>();
		// a client address of its own, as a proxy on localhost forwards it
		while (statuses.size() < 120 && !statuses.contains(429)) {
			statuses.add(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/api/kb/articles?q=x"))
				.header("X-Forwarded-For", "203.0.113.7").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		double elapsedSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(statuses).as("refused at last").contains(429);
		assertThat(statuses.indexOf(429)).as("the limit, plus what %.1f s refilled", elapsedSeconds)
			.isBetween(40, 40 + (int) (elapsedSeconds / 1.5) + 1);
	}

	private static int port() {
		return Integer.parseInt(limited.context().getEnvironment().getProperty("local.server.port"));
	}
}
