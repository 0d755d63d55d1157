package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.supportdesk.ApiEndpoints;
import io.supportdesk.ApiEndpoints.Endpoint;
import io.supportdesk.DatabaseSnapshot;
import io.supportdesk.EndpointFixtures;
import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.AccountFixtures.Tenant;

/**
 * Tenant isolation for every {@code /api/**} endpoint that takes an id, found from the running
 * application: a customer admin of organisation A who uses ids of organisation B (or of the vendor)
 * gets 404, and nothing changes.
 */
@SupportdeskTest
class TenantIsolationTests {

	@LocalServerPort
	int port;

	@Autowired
	Scheduler timers;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	EndpointFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsTheEndpointsThatTakeIds() {
		assertThat(endpointsWithIds()).extracting(Endpoint::toString)
			.contains("GET /api/organisations/{organisationId}", "POST /api/organisations/{organisationId}/users",
					"PUT /api/users/{userId}/role", "DELETE /api/me/tokens/{tokenId}");
	}

	@TestFactory
	Stream<DynamicTest> anotherTenantsIdAnswers404AndChangesNothing() {
		Tenant a = accounts.tenant();
		Tenant b = accounts.tenant();
		Http customerOfA = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);
		Map<String, Function<Tenant, String>> ids = fixtures.idsOwnedBy();
		return endpointsWithIds().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
			String path = endpoint.path(variable -> {
				if (!ids.containsKey(variable)) {
					fail("No fixture for path variable {%s} of %s: add one to EndpointFixtures.idsOwnedBy()", variable,
							endpoint);
				}
				return ids.get(variable).apply(b);
			});
			Object body = endpoint.isWrite() ? fixtures.validBodies().getOrDefault(endpoint.toString(), Map::of).get() : null;
			DatabaseSnapshot.withTimersHeld(timers, () -> {
				Map<String, String> before = DatabaseSnapshot.take(jdbc);

				Http.Response response = customerOfA.send(endpoint.method().name(), path, body,
						body == null ? null : "application/json");

				assertThat(response.status()).as("%s %s answered %s", endpoint.method(), path, response).isEqualTo(404);
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
				assertThat(DatabaseSnapshot.take(jdbc)).as("nothing changed").isEqualTo(before);
			});
		}));
	}

	@Test
	void theSameIdOfTheirOwnTenantIsFound() {
		Tenant a = accounts.tenant();
		Http customerOfA = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);
		assertThat(customerOfA.get("/api/organisations/" + a.id()).status()).isEqualTo(200);
		assertThat(customerOfA.get("/api/users/" + a.userId()).status()).isEqualTo(200);
	}

	@Test
	void aMalformedOrUnknownIdAlsoAnswers404ForCustomers() {
		Tenant a = accounts.tenant();
		Http customerOfA = Http.basic(port, a.adminEmail(), AccountFixtures.PASSWORD);
		assertThat(customerOfA.get("/api/organisations/not-a-uuid").status()).isEqualTo(404);
		assertThat(customerOfA.get("/api/organisations/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	private List<Endpoint> endpointsWithIds() {
		return ApiEndpoints.of(mapping).stream().filter(e -> !e.variables().isEmpty()).toList();
	}
}
