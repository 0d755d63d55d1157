package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;

/** The shell's public and protected surfaces: health, metrics, API documentation, error answers. */
@SupportdeskTest
class ShellTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Test
	void healthIsPublicAndUp() {
		Http.Response health = Http.anonymous(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void metricsAreForAdminsAndOperationsOnly() {
		assertThat(Http.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/actuator/prometheus").status()).isEqualTo(403);
		Http.Response metrics = Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
			.getAny("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void theOpenApiDocumentDescribesTheApiAndItsUiIsServed() {
		Http.Response document = Http.anonymous(port).get("/api/openapi");
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").has("/api/organisations")).isTrue();
		assertThat(document.json().get("paths").has("/api/me/tokens/{tokenId}")).isTrue();
		assertThat(Http.anonymous(port).get("/api/docs").status()).isIn(200, 302);
	}

	@Test
	void theApiAnswersAnonymousCallersWithAProblemDetail() {
		Http.Response response = Http.anonymous(port).get("/api/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).contains("Basic", "Bearer");
	}

	@Test
	void webPagesSendAnonymousVisitorsToTheSignInPage() {
		Http.Response response = Http.anonymous(port).get("/portal");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void anUnknownApiPathIsAProblemDetail404() {
		Http.Response response = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
	}
}
