package io.supportdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.supportdesk.Http;
import io.supportdesk.MutableClock;
import io.supportdesk.SupportdeskTest;

@SupportdeskTest
class ApiTokenTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditLog audit;

	@Test
	void anIssuedTokenSignsApiRequestsAndIsStoredOnlyAsAHash() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response issued = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/me/tokens", Map.of("name", "laptop"));
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		assertThat(token).startsWith("sdp_").hasSizeGreaterThan(40);

		Http.Response me = Http.bearer(port, token).get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo(tenant.userEmail());

		String stored = jdbc.sql("select token_hash from accounts_api_token where id = :id")
			.param("id", java.util.UUID.fromString(issued.json().get("id").asString())).query(String.class).single();
		assertThat(stored).doesNotContain(token.substring(4)).hasSize(64);
		assertThat(Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD).get("/api/me/tokens").body())
			.doesNotContain(token);
		assertThat(audit.about(tenant.userEmail(), 20)).anyMatch(e -> e.action() == AuditAction.TOKEN_ISSUED
				&& tenant.userEmail().equals(e.actor()));
	}

	@Test
	void aTokensLastUseIsStampedAtMostOnceAMinute() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http bearer = Http.bearer(port, user.post("/api/me/tokens", Map.of("name", "stamp")).json().get("token").asString());
		clock.set(Instant.parse("2026-05-04T10:00:00Z"));

		// 10:00:00 stamps the first use; 10:00:30 is within the minute (no write); 10:01:01 stamps again.
		bearer.get("/api/me");
		assertThat(lastUsed(user)).isEqualTo("2026-05-04T10:00:00Z");
		clock.set(Instant.parse("2026-05-04T10:00:30Z"));
		bearer.get("/api/me");
		assertThat(lastUsed(user)).isEqualTo("2026-05-04T10:00:00Z");
		clock.set(Instant.parse("2026-05-04T10:01:01Z"));
		bearer.get("/api/me");
		assertThat(lastUsed(user)).isEqualTo("2026-05-04T10:01:01Z");
	}

	private static String lastUsed(Http user) {
		return user.get("/api/me/tokens").json().get(0).get("lastUsedAt").asString();
	}

	@Test
	void aRevokedTokenIsRefused() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http user = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		Http.Response issued = user.post("/api/me/tokens", Map.of("name", "ci"));
		Http bearer = Http.bearer(port, issued.json().get("token").asString());
		assertThat(bearer.get("/api/me").status()).isEqualTo(200);

		assertThat(user.delete("/api/me/tokens/" + issued.json().get("id").asString()).status()).isEqualTo(204);

		Http.Response refused = bearer.get("/api/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void aTokenExpiresAfterItsLifetime() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response issued = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/me/tokens", Map.of("name", "short", "expiresInDays", 1));
		Http bearer = Http.bearer(port, issued.json().get("token").asString());
		assertThat(bearer.get("/api/me").status()).isEqualTo(200);

		clock.advance(Duration.ofDays(1));

		assertThat(bearer.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void anUnknownTokenIsRefused() {
		assertThat(Http.bearer(port, "sdp_not-a-real-token").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void nobodyRevokesSomeoneElsesToken() {
		AccountFixtures.Tenant tenant = fixtures.tenant();
		Http.Response issued = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/me/tokens", Map.of("name", "mine"));

		Http.Response byAdmin = Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD)
			.delete("/api/me/tokens/" + issued.json().get("id").asString());

		assertThat(byAdmin.status()).isEqualTo(404);
		assertThat(Http.bearer(port, issued.json().get("token").asString()).get("/api/me").status()).isEqualTo(200);
	}
}
