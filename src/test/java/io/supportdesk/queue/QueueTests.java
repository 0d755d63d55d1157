package io.supportdesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.supportdesk.Http;
import io.supportdesk.RecordedEvents;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseAssigned;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;

@SupportdeskTest
class QueueTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	QueueManagement queue;

	@Autowired
	RecordedEvents events;

	@Autowired
	io.supportdesk.MutableClock clock;

	@Test
	void theQueueColoursEachCountdownFromTheStoredDueInstants() {
		// Premier Severity 1: 15 minutes on 24x7, opened at T. 75 % is used at T + 11 min 15 s, 90 % at
		// T + 13 min 30 s, and it is breached from T + 15 min — read from the stored SLA, no evaluation.
		clock.set(java.time.Instant.parse("2026-12-02T10:00:00Z"));
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String caseId = open(tenant, 1);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		String[][] expected = { { "PT11M14S", "GREEN" }, { "PT11M15S", "AMBER" }, { "PT13M30S", "RED" },
				{ "PT14M59S", "RED" }, { "PT15M", "BREACHED" } };

		for (String[] step : expected) {
			clock.set(java.time.Instant.parse("2026-12-02T10:00:00Z").plus(java.time.Duration.parse(step[0])));
			tools.jackson.databind.JsonNode entry = agent.get("/api/queue?organisationId=" + tenant.id()).json().get(0);
			assertThat(entry.get("caseId").asString()).isEqualTo(caseId);
			assertThat(entry.get("badge").get("colour").asString()).as("at T + " + step[0]).isEqualTo(step[1]);
			assertThat(entry.get("badge").get("dueAt").asString()).isEqualTo("2026-12-02T10:15:00Z");
		}
	}

	@Test
	void theQueueIsOrderedBySeverityThenPriorityQueueingThenDueInstantThenAge() {
		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER);
		AccountFixtures.Tenant standard = accounts.tenant();
		plans.subscribe(standard.id(), PlanCode.STANDARD);
		// Opened in this order; expected order: Premier sev 1, Standard sev 1, Premier sev 2 (priority
		// queueing beats Standard's), Standard sev 2, then Premier sev 4.
		String premier4 = open(premier, 4);
		String standard2 = open(standard, 2);
		String standard1 = open(standard, 1);
		String premier2 = open(premier, 2);
		String premier1 = open(premier, 1);

		Http.Response list = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD)
			.get("/api/queue?limit=500");

		List<String> ours = list.json().valueStream().map(e -> e.get("caseId").asString())
			.filter(List.of(premier4, standard2, standard1, premier2, premier1)::contains).toList();
		assertThat(ours).containsExactly(premier1, standard1, premier2, standard2, premier4);
	}

	@Test
	void twoAgentsNeverTakeTheSameCase() throws Exception {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		List<String> opened = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			opened.add(open(tenant, 1 + i % 4));
		}
		List<CurrentUser> agents = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			agents.add(accounts.as(accounts.staff(Role.AGENT).id()));
		}
		QueueFilter mine = new QueueFilter(null, null, null, tenant.id().value(), 1);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<Optional<QueueEntry>>> takes = new ArrayList<>();
		for (CurrentUser agent : agents) {
			takes.add(pool.submit((Callable<Optional<QueueEntry>>) () -> queue.takeNext(agent, mine)));
		}
		List<String> taken = new ArrayList<>();
		for (Future<Optional<QueueEntry>> take : takes) {
			take.get().ifPresent(entry -> taken.add(entry.caseId().toString()));
		}
		pool.shutdown();

		assertThat(taken).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
		for (String id : opened) {
			assertThat(events.of(CaseAssigned.class, e -> e.caseId().toString().equals(id))).as(id).hasSize(1);
		}
		assertThat(queue.takeNext(agents.get(0), mine)).isEmpty();
	}

	@Test
	void takeNextPrefersCasesInTheAgentsLanguagesWithinTheSameSeverity() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		Http customer = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD);
		customer.post("/api/cases", Map.of("subject", "English", "description", "x", "severity", 2, "language", "en"));
		String french = customer.post("/api/cases", Map.of("subject", "Français", "description", "x", "severity", 2,
				"language", "fr")).json().get("id").asString();
		AccountFixtures.Staff luc = accounts.staff(Role.AGENT);
		Http manager = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD);
		manager.put("/api/users/" + luc.id() + "/language-skills", Map.of("languages", List.of("fr")));

		Http.Response taken = Http.basic(port, luc.email(), AccountFixtures.PASSWORD)
			.post("/api/queue/take?organisationId=" + tenant.id(), Map.of());

		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.json().get("caseId").asString()).isEqualTo(french);
	}

	@Test
	void customersHaveNoQueue() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		assertThat(Http.basic(port, tenant.adminEmail(), AccountFixtures.PASSWORD).get("/api/queue").status()).isEqualTo(403);
	}

	private String open(AccountFixtures.Tenant tenant, int severity) {
		return Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Severity " + severity, "description", "x", "severity", severity))
			.json().get("id").asString();
	}
}
