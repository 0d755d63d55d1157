package io.supportdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import io.supportdesk.accounts.Role;

/**
 * Bad input on every {@code /api/**} write endpoint, found from the running application: a body that is
 * no JSON, each required field missing, each field of the wrong type, each bounded string one
 * character too long — every one answers 400 with a problem detail naming the field, and nothing is
 * written.
 */
@SupportdeskTest
class BadInputTests {

	private static final Map<String, Object> WRONG_TYPE = Map.of("unexpected", true);

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
	void findsTheWriteEndpoints() {
		assertThat(writeEndpoints()).extracting(Endpoint::toString)
			.contains("POST /api/organisations", "POST /api/organisations/{organisationId}/users", "POST /api/me/tokens");
	}

	@TestFactory
	Stream<DynamicTest> everyBadBodyIsRefusedNamingTheFieldAndWritesNothing() {
		Tenant tenant = accounts.tenant();
		Http admin = Http.basic(port, accounts.staff(Role.ADMIN).email(), AccountFixtures.PASSWORD);
		Map<String, Supplier<Map<String, Object>>> bodies = fixtures.validBodies();
		return writeEndpoints().stream().flatMap(endpoint -> {
			Supplier<Map<String, Object>> valid = bodies.get(endpoint.toString());
			if (valid == null) {
				return Stream.of(DynamicTest.dynamicTest(endpoint.toString(),
						() -> fail("No valid body for %s: add one to EndpointFixtures.validBodies()", endpoint)));
			}
			String path = endpoint.path(variable -> fixtures.idsOwnedBy().get(variable).apply(tenant));
			return cases(endpoint, valid).stream().map(bad -> DynamicTest.dynamicTest(endpoint + ": " + bad.name(),
					() -> assertRefused(admin, endpoint, path, bad)));
		});
	}

	private void assertRefused(Http admin, Endpoint endpoint, String path, BadBody bad) {
		DatabaseSnapshot.withTimersHeld(timers, () -> {
			Map<String, String> before = DatabaseSnapshot.take(jdbc);

			Http.Response response = admin.send(endpoint.method().name(), path, bad.body(), "application/json");

			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
				.as(response.toString())
				.anyMatch(field -> field.equals(bad.field()) || field.startsWith(bad.field() + ".")
						|| field.startsWith(bad.field() + "["));
			assertThat(response.json().get("detail").asString()).contains(bad.field());
			assertThat(DatabaseSnapshot.take(jdbc)).as("nothing written").isEqualTo(before);
		});
	}

	private static List<BadBody> cases(Endpoint endpoint, Supplier<Map<String, Object>> valid) {
		List<BadBody> cases = new ArrayList<>();
		cases.add(new BadBody("not JSON", "body", "{this is not json"));
		for (RecordComponent component : endpoint.bodyComponents()) {
			JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
			String field = renamed == null ? component.getName() : renamed.value();
			if (isRequired(component)) {
				Map<String, Object> missing = new HashMap<>(valid.get());
				missing.remove(field);
				cases.add(new BadBody(field + " missing", field, missing));
			}
			Map<String, Object> wrongType = new HashMap<>(valid.get());
			wrongType.put(field, WRONG_TYPE);
			cases.add(new BadBody(field + " of the wrong type", field, wrongType));
			Size size = component.getAccessor().getAnnotation(Size.class);
			if (size != null && component.getType() == String.class) {
				Map<String, Object> oversized = new HashMap<>(valid.get());
				oversized.put(field, "x".repeat(size.max() + 1));
				cases.add(new BadBody(field + " too long", field, oversized));
			}
		}
		return cases;
	}

	private static boolean isRequired(RecordComponent component) {
		java.lang.reflect.Method accessor = component.getAccessor();
		return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
				|| accessor.isAnnotationPresent(NotEmpty.class);
	}

	private List<Endpoint> writeEndpoints() {
		return ApiEndpoints.of(mapping).stream().filter(e -> e.isWrite() && e.bodyType() != null).toList();
	}

	record BadBody(String name, String field, Object body) {
	}
}
