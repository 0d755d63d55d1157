package io.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import io.supportdesk.Http;
import io.supportdesk.SupportdeskTest;
import io.supportdesk.accounts.AccountFixtures;
import io.supportdesk.accounts.Role;
import io.supportdesk.cases.CaseId;
import io.supportdesk.plans.PlanCode;
import io.supportdesk.plans.PlanFixtures;
import io.supportdesk.plans.SubscriptionId;

/** The stored SLA is only a cache: rebuilding every case's SLA from scratch gives exactly what is stored. */
@SupportdeskTest
class SlaRebuildTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PlanFixtures plans;

	@Autowired
	SlaManagement sla;

	@Autowired
	SlaProjection projection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	io.supportdesk.MutableClock clock;

	@Test
	void everyCaseIsStoredWithItsSlaInTheSameTransaction() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Down", "description", "All down", "severity", 1)).json().get("id")
			.asString();

		Map<String, Object> stored = jdbc.sql("select * from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query().singleRow();

		assertThat(((Number) stored.get("severity")).intValue()).isEqualTo(1);
		assertThat(stored.get("priority_queueing")).isEqualTo(true);
		assertThat(stored.get("first_response_state")).isEqualTo("RUNNING");
		assertThat(stored.get("first_response_due")).isNotNull();
		// Imported cases too (the module test of cases runs without this module, so the check is per case).
		Http.Response imported = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/import/cases", Map.of("organisationId", tenant.id().toString(), "subject", "Imported",
					"description", "x", "events", List.of(Map.of("at", "2026-03-23T08:00:00Z", "type", "OPENED", "severity", 2))));
		assertThat(jdbc.sql("select count(*) from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(imported.json().get("id").asString())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aReplyAndAReclassificationUpdateTheStoredState() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Slow", "description", "Slow", "severity", 3)).json().get("id").asString();
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);

		agent.post("/api/cases/" + id + "/severity", Map.of("severity", 2, "reason", "Blocks exams"));
		assertThat(jdbc.sql("select severity from sla_case_state where case_id = :id").param("id", UUID.fromString(id))
			.query(Integer.class).single()).isEqualTo(2);
		agent.post("/api/cases/" + id + "/replies", Map.of("body", "On it"));
		assertThat(jdbc.sql("select first_response_state from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("MET");
	}

	@Test
	void rebuildingEveryCasesSlaFromScratchGivesTheStoredState() {
		List<UUID> own = casesOfEveryKind();
		List<Map<String, Object>> rows = jdbc.sql("""
				select case_id, targets::text as targets, evaluated_at, badge_state, badge_due from sla_case_state""")
			.query().listOfRows();
		assertThat(rows).extracting(row -> row.get("case_id")).as("this test's own cases are stored").containsAll(own);
		for (Map<String, Object> row : rows) {
			CaseId id = new CaseId((UUID) row.get("case_id"));
			Instant at = ((java.sql.Timestamp) row.get("evaluated_at")).toInstant();
			SlaState state = sla.evaluate(sla.caseView(id), at);
			String rebuilt = projection.targetsJson(state);
			assertThat(json.readTree(rebuilt)).as("case %s", id).isEqualTo(json.readTree((String) row.get("targets")));
			Optional<SlaTarget> countdown = Badge.current(state);
			assertThat(row.get("badge_state")).as("countdown of case %s", id)
				.isEqualTo(countdown.map(t -> t.state().name()).orElse("CANCELLED"));
			assertThat(row.get("badge_due") == null ? null : ((java.sql.Timestamp) row.get("badge_due")).toInstant())
				.as("countdown of case %s", id).isEqualTo(countdown.map(SlaTarget::dueAt).orElse(null));
		}
	}

	/**
	 * Cases whose SLA went through every kind of history: answered with an update cadence, reclassified
	 * and waiting on the customer, resolved, imported with a past history, re-targeted by an upgrade.
	 */
	private List<UUID> casesOfEveryKind() {
		AccountFixtures.Tenant premier = accounts.tenant();
		plans.subscribe(premier.id(), PlanCode.PREMIER);
		AccountFixtures.Tenant standard = accounts.tenant();
		SubscriptionId standardPlan = plans.subscribe(standard.id(), PlanCode.STANDARD);
		Http agent = Http.basic(port, accounts.staff(Role.AGENT).email(), AccountFixtures.PASSWORD);
		Http premierUser = Http.basic(port, premier.userEmail(), AccountFixtures.PASSWORD);
		List<UUID> ids = new java.util.ArrayList<>();

		String answered = open(premierUser, 1);
		agent.post("/api/cases/" + answered + "/replies", Map.of("body", "Looking into it"));
		premierUser.post("/api/cases/" + answered + "/replies", Map.of("body", "Thanks"));
		String waiting = open(agent, standard, 3);
		agent.post("/api/cases/" + waiting + "/severity", Map.of("severity", 2, "reason", "Blocks exams"));
		agent.post("/api/cases/" + waiting + "/replies", Map.of("body", "Which version?"));
		agent.post("/api/cases/" + waiting + "/status", Map.of("status", "PENDING_CUSTOMER"));
		String resolved = open(premierUser, 2);
		agent.post("/api/cases/" + resolved + "/replies", Map.of("body", "Fixed"));
		agent.post("/api/cases/" + resolved + "/status", Map.of("status", "RESOLVED"));
		Http.Response imported = Http.basic(port, accounts.staff(Role.MANAGER).email(), AccountFixtures.PASSWORD)
			.post("/api/import/cases", Map.of("organisationId", premier.id().toString(), "subject", "Imported",
					"description", "x", "events", List.of(Map.of("at", "2026-03-23T08:00:00Z", "type", "OPENED", "severity", 1),
							Map.of("at", "2026-03-23T08:20:00Z", "type", "SUPPORT_REPLIED", "body", "Late"),
							Map.of("at", "2026-03-23T11:00:00Z", "type", "RESOLVED"),
							Map.of("at", "2026-03-23T12:00:00Z", "type", "CLOSED"))));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		String upgraded = open(agent, standard, 4);
		Http.basic(port, accounts.staff(Role.OPERATIONS).email(), AccountFixtures.PASSWORD)
			.post("/api/organisations/" + standard.id() + "/subscriptions/" + standardPlan + "/upgrade",
					Map.of("plan", "PREMIER", "effectiveFrom", clock.instant().toString()));

		for (String id : List.of(answered, waiting, resolved, imported.json().get("id").asString(), upgraded)) {
			ids.add(UUID.fromString(id));
		}
		return ids;
	}

	private static String open(Http customer, int severity) {
		Http.Response opened = customer.post("/api/cases", Map.of("subject", "Rebuild", "description", "x", "severity", severity));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private static String open(Http staff, AccountFixtures.Tenant tenant, int severity) {
		Http.Response opened = staff.post("/api/cases", Map.of("organisationId", tenant.id().toString(), "subject",
				"Rebuild", "description", "x", "severity", severity));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	@Test
	void theCaseFactsTheQueueFiltersOnAreStoredAsTheCaseHasThem() {
		AccountFixtures.Tenant tenant = accounts.tenant();
		plans.subscribe(tenant.id(), PlanCode.PREMIER);
		String id = Http.basic(port, tenant.userEmail(), AccountFixtures.PASSWORD)
			.post("/api/cases", Map.of("subject", "Queue facts", "description", "x", "severity", 2, "language", "fr"))
			.json().get("id").asString();
		var agent = accounts.staff(Role.AGENT);
		Http.basic(port, agent.email(), AccountFixtures.PASSWORD)
			.post("/api/cases/" + id + "/assignment", Map.of("assigneeId", agent.id().toString()));

		Map<String, Object> stored = jdbc.sql("select status, language, assignee_id from sla_case_state where case_id = :id")
			.param("id", UUID.fromString(id)).query().singleRow();
		assertThat(stored).containsEntry("status", "NEW").containsEntry("language", "fr")
			.containsEntry("assignee_id", agent.id().value());
		assertThat(jdbc.sql("""
				select c.id || ': ' || concat_ws(', ',
				    case when s.status <> c.status then 'status ' || s.status || ' stored, ' || c.status || ' on the case' end,
				    case when s.language <> c.language then 'language ' || s.language || '/' || c.language end,
				    case when s.team_id is distinct from c.team_id then 'team' end,
				    case when s.assignee_id is distinct from c.assignee_id then 'assignee' end,
				    case when s.opened_at <> c.opened_at then 'opened ' || s.opened_at || '/' || c.opened_at end)
				from sla_case_state s join cases_case c on c.id = s.case_id
				where s.status <> c.status or s.language <> c.language or s.team_id is distinct from c.team_id
				  or s.assignee_id is distinct from c.assignee_id or s.opened_at <> c.opened_at""").query(String.class)
			.list()).as("cases whose stored queue facts differ from the case").isEmpty();
	}
}
