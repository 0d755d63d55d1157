package io.supportdesk.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

/**
 * Asynchronous listeners (after the commit: mail, webhooks, paging, ...) run on the application's task
 * pool of eight threads named {@code event-…}. Without {@code spring.task.execution.mode=force} the
 * chat's STOMP executors make Spring fall back to a new thread per event, a large share of the CPU a
 * case cost (docs/performance.md).
 */
@SupportdeskTest
class AsynchronousListenerTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	ListenerThreads threads;

	@Test
	void listenersOfManyCasesRunOnTheEightThreadsOfTheEventPoolNotOnAThreadEach() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.STANDARD);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		List<CaseId> opened = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Http.Response response = customer.post("/api/cases", Map.of("subject", "Pool " + i, "description", "x",
					"severity", 3));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			opened.add(CaseId.of(UUID.fromString(response.json().get("id").asString())));
		}

		await().atMost(Duration.ofSeconds(20)).until(() -> opened.stream().allMatch(id -> threads.of(id) != null));
		List<String> names = opened.stream().map(threads::of).toList();
		assertThat(names).allSatisfy(name -> assertThat(name).startsWith("event-"));
		assertThat(names.stream().distinct().count()).as("threads reused across 30 cases").isLessThanOrEqualTo(8);
	}
}
